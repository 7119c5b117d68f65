interface ImportMetaEnv {
	/** True in `astro dev` only, whatever NODE_ENV says: drafts are previewed there and published nowhere. */
	readonly PREVIEW_DRAFTS: boolean;
}
