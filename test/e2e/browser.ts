/** Debian's Chromium driven by playwright-core, launched the way this machine allows. */
import { type Browser, chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts';

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
