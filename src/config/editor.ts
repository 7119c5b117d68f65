/**
 * Where the web editor at /admin/ reads and saves the content files: the Git host, the repository and how
 * editors sign in (docs/editing.md). Change these for your newsroom, then run `npm run cms:config`, which
 * writes them into public/admin/config.yml with the forms it builds from the content schemas.
 */
export const editorBackend = {
	/** github, gitlab or gitea. */
	name: 'github',
	/** The repository as owner/name. */
	repo: 'your-newsroom/dossier',
	/** The branch the site is built from. */
	branch: 'main',
	/**
	 * The OAuth helper GitHub sign-in needs (a small worker you run; docs/editing.md). GitLab and Gitea sign in
	 * without one, by PKCE: give `auth_type: pkce` and `app_id` there instead.
	 */
	base_url: 'https://auth.your-newsroom.example',
} as const;

/**
 * editorial_workflow: every change is a pull request that moves from draft to in review to ready, and goes
 * out when it is merged (GitHub and GitLab only). simple: every save is a commit on the branch.
 */
export const editorPublishMode: 'editorial_workflow' | 'simple' = 'editorial_workflow';
