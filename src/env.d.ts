interface ImportMetaEnv {
	/** True in `astro dev` only, whatever NODE_ENV says: drafts and scheduled articles are previewed there, and no build publishes them early. */
	readonly PREVIEW_DRAFTS: boolean;
}
