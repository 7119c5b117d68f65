/**
 * One thread of the Markdown pool (src/markdown/threads.ts): it builds the
 * site's pipeline from the same inputs as the main thread, then renders the
 * bodies it is sent, one at a time or a batch in order.
 */
import { unified } from '@astrojs/markdown-remark';
import type { MarkdownRenderResult } from '@astrojs/markdown-remark';
import Tinypool from 'tinypool';
import { markdownOptions } from './pipeline.ts';
import { keepingFindings, type MarkdownTask, type PipelineInputs } from './threads.ts';

const { mentions, pictures, shared } = Tinypool.workerData as PipelineInputs;
const renderer = keepingFindings(await unified(markdownOptions(mentions, pictures)).createRenderer(shared));

export default function render({ content, fileURL, frontmatter }: MarkdownTask): Promise<MarkdownRenderResult> {
	return renderer.render(content, { fileURL: fileURL === undefined ? undefined : new URL(fileURL), frontmatter });
}

export async function renderAll(tasks: MarkdownTask[]): Promise<MarkdownRenderResult[]> {
	const results: MarkdownRenderResult[] = [];
	for (const task of tasks) results.push(await render(task));
	return results;
}
