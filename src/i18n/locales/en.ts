/**
 * The interface in English: the reference catalogue. Every other language's
 * file has these keys. `{name}` is filled in by the page; a plural gives one
 * text per form the language has (English: one, other).
 */
export default {
	site: {
		/** The site's line in search results, feeds and the footer, unless the newsroom sets its own in src/config.ts. */
		description: 'Explainers on who demands what of whom, where each side stands, and who reported it.',
	},
	nav: {
		skip: 'Skip to content',
		mainLabel: 'Main',
		explainers: 'Explainers',
		search: 'Search',
	},
	footer: {
		followAll: 'Follow all explainers by RSS',
		byMonth: 'All explainers, by month',
		corrections: 'Corrections',
		openData: 'Open data',
		/** The site feed's title where pages advertise it. */
		siteFeedTitle: '{site}: all explainers',
	},
	/** Stances: a word, a shape that never depends on colour, and what the word means. */
	stances: {
		supports: { text: 'Supports', shape: '✓', meaning: 'backs the demand' },
		opposes: { text: 'Opposes', shape: '✕', meaning: 'is against it' },
		mixed: { text: 'Mixed', shape: '◐', meaning: 'backs part of it, or only on conditions' },
		'no-response': { text: 'No response', shape: '○', meaning: 'has not answered in public' },
		unclear: { text: 'Unclear', shape: '?', meaning: 'cannot be told from the reporting' },
	},
	/** Statuses in plain words, as a reader would say them, and what each means. */
	statuses: {
		new: { label: 'Newly made', meaning: 'The demand is made for the first time.' },
		restated: { label: 'Made again', meaning: 'The demand is made again, unchanged.' },
		'under-negotiation': { label: 'Being negotiated', meaning: 'The parties are discussing it.' },
		accepted: { label: 'Accepted', meaning: 'The party it is put to has agreed to it.' },
		rejected: { label: 'Rejected', meaning: 'The party it is put to has turned it down.' },
		withdrawn: { label: 'Dropped', meaning: 'The party making it has dropped it.' },
		met: { label: 'Met', meaning: 'It has been fulfilled.' },
	},
	actorKinds: {
		country: 'Country',
		government: 'Government',
		alliance: 'Alliance',
		organization: 'Organization',
		person: 'Person',
		group: 'Group',
	},
	/** How a cited report attributes its information, as the Sources list says it. */
	attributions: {
		named: 'Named sources',
		anonymous: 'Anonymous sources',
		official: 'Official statement',
		document: 'Document',
	},
	/** What pages call each kind of thing an explainer connects. */
	kinds: {
		actors: {
			title: 'Actors',
			indexDescription: 'Every country, government, alliance, organization, person and group in our explainers.',
			pageDescription: '{name} in our explainers.',
			mentionsTitle: 'Mentioned in',
			/** How the Follow link names one: "Follow {name} by RSS". */
			followName: '{name}',
			/** The line beside one on the index page. */
			indexMeta: { one: '{kind}, {count} explainer', other: '{kind}, {count} explainers' },
		},
		demands: {
			title: 'Demands',
			indexDescription: 'Every demand in our explainers: who makes it, where it stands now, and where each side stands on it.',
			pageDescription: '{name}',
			mentionsTitle: 'Mentioned in',
			// A demand's title is a sentence: "Follow Ukraine must never join NATO by RSS" would not read.
			followName: 'this demand',
		},
		sources: {
			title: 'Sources',
			indexDescription: 'The outlets and originators of the reporting our explainers cite.',
			pageDescription: 'Reporting by {name} cited in our explainers.',
			mentionsTitle: 'Cited in',
			followName: '{name}',
			indexMeta: { one: 'cited in {count} explainer', other: 'cited in {count} explainers' },
		},
		topics: {
			title: 'Topics',
			indexDescription: 'Themes, places and events our explainers cover.',
			pageDescription: 'Explainers about {name}.',
			mentionsTitle: 'Mentioned in',
			followName: '{name}',
			indexMeta: { one: '{count} explainer', other: '{count} explainers' },
		},
	},
	/** What every entity page says around its own sections. */
	entity: {
		/** The label of the pager under "Mentioned in": "Russia: mentioned in". */
		pagesLabel: '{name}: {list}',
		/** The link to a source's own site. */
		website: '{name} website',
	},
	/** An actor's page. */
	actor: {
		/** Its other names, after its kind: "Country · Also called Russian Federation, RF". */
		alsoCalled: 'Also called {aliases}',
		stanceChart: 'Stances at a glance',
		demandsMade: 'Demands made',
		demandsFaced: 'Demands faced',
		/** The positions section's title when the page also lists the demands the actor faces. */
		positionsOnOthers: 'Positions on other demands',
		positionsTaken: 'Positions taken',
		/** Whose stance a card shows, before the stance: "Russia: Opposes". */
		whose: '{name}:',
		noStanceOf: '{name}: no stance reported',
		/** Under the demands faced, when one explainer reports every stance listed. */
		allReportedIn: 'Stances all reported in {article}.',
	},
	/** A demand's page, and a demand wherever lists show it. */
	demand: {
		by: 'Demanded by',
		addressedTo: 'Addressed to',
		currentStatus: 'Current status',
		firstRaised: 'First raised',
		topics: 'Topics',
		chart: 'Over time',
		positions: 'Where each side stands',
		timeline: 'How the demand has evolved',
		/** Who makes a demand, under its title in lists. */
		byActor: 'by {actor}',
		noStatus: 'No status reported',
		noStance: 'No stance reported',
	},
	/** A demand's history, a day at a time. */
	timeline: {
		raised: 'First raised',
		reportedIn: 'Reported in {article}:',
		status: 'Status: {status}',
		/** A party's first stance reported. */
		stance: '{actor}: {stance}',
		moved: '{actor} moved from {from} to {to}',
	},
	/** The stance charts of demands and actors, and their text alternatives. */
	charts: {
		/** A demand's chart when everything reported is on one day. */
		oneDay: 'Where things stood on {date}, as reported.',
		statusAndStances: "How the status and each party's stance changed from {start} to {end}: a mark at each reported change.",
		stances: "How each party's stance changed from {start} to {end}: a mark at each reported change.",
		/** Parties left out of a demand's chart. */
		partiesNotShown: {
			one: 'The party reported on longest ago is in the table below.',
			other: 'The {count} parties reported on longest ago are in the table below.',
		},
		/** The lane and legend entry of a demand's status. */
		status: 'Status',
		actorCaption: 'Stances on each demand put to or answered by {name}, a mark at each reported change, oldest first.',
		/** The name of one strip of an actor's chart. */
		stanceOn: 'Stance on {demand}',
		/** A change in words: "Opposes from 10 January 2025". */
		markFrom: '{mark} from {date}',
		/** The day a demand was first raised, in words: "First raised on 17 December 2021". */
		markOn: '{mark} on {date}',
		/** Between the changes of a lane or strip, read in order. */
		then: ', then ',
		changes: '{changes}.',
		/** A strip that leaves out its earliest changes. */
		earlierThen: { one: '{count} earlier, then {changes}.', other: '{count} earlier, then {changes}.' },
		noStance: 'No stance reported.',
	},
	/** The stance matrix on the demands' index. */
	matrix: {
		demand: 'Demand',
		/** The cell of the party that makes the demand. */
		makesIt: 'Makes it',
	},
	/** What stances and statuses mean, on the demands' index. */
	glossary: {
		title: 'What the stances and statuses mean',
		stances: 'Stances',
		statuses: 'Statuses',
		/** Each stance in a whole sentence about the party that takes it. */
		stanceMeanings: {
			supports: 'The party backs the demand.',
			opposes: 'The party is against it.',
			mixed: 'The party backs part of it, or only on conditions.',
			'no-response': 'The party has not answered in public.',
			unclear: 'The party cannot be told from the reporting.',
		},
	},
	/** The header of an open-data file's table of fields. */
	fieldTable: {
		field: 'Field',
		type: 'Type',
		meaning: 'Meaning',
	},
	/** Counted things, in every plural form the language has: never a noun plus "s". */
	counts: {
		explainer: { one: '{count} explainer', other: '{count} explainers' },
		demand: { one: '{count} demand', other: '{count} demands' },
		party: { one: '{count} party', other: '{count} parties' },
		day: { one: '{count} day', other: '{count} days' },
		correction: { one: '{count} correction', other: '{count} corrections' },
		actor: { one: '{count} actor', other: '{count} actors' },
		source: { one: '{count} source', other: '{count} sources' },
		topic: { one: '{count} topic', other: '{count} topics' },
	},
	/** What a shortened list says it leaves out. */
	more: {
		demands: { one: 'And {count} more demand.', other: 'And {count} more demands.' },
		demandsShort: { one: '{count} more demand', other: '{count} more demands' },
		demandsOnTheirPages: { one: "And {count} more demand, on the demands' pages.", other: "And {count} more demands, on the demands' pages." },
		demandsInListsBelow: { one: 'And {count} more demand, in the lists below.', other: 'And {count} more demands, in the lists below.' },
		parties: { one: 'And {count} more party.', other: 'And {count} more parties.' },
		daysBetween: { one: '{count} day in between is in the explainers below.', other: '{count} days in between are in the explainers below.' },
	},
	/** The open-data page. */
	data: {
		descriptions: {
			'positions.csv':
				'Every position an explainer reports: one row for each stance a party took on a demand, with its date, the explainer and the report it comes from.',
			'demands.json': "Every demand: who makes it, to whom, its current status, and each party's latest stance.",
			'graph.json': 'Everything the explainers connect: actors, demands, sources, topics and explainers, and the edges between them, stances included.',
		},
		rowsAndHeader: { one: '{count} row and a header', other: '{count} rows and a header' },
		edges: { one: '{count} edge', other: '{count} edges' },
	},
	/** What feeds say in their own words. */
	feed: {
		corrections: { one: 'Correction', other: 'Corrections' },
		/** The heading of the sources at the foot of an item. */
		sources: 'Sources',
		/** An item's description when the article was corrected: its summary, then the latest correction. */
		correctedSummary: '{summary} Corrected {date}: {text}',
		/** The feed of what an actor's, demand's, source's or topic's page is about. */
		entityTitle: '{site}: {name}',
		entityDescription: 'Explainers on {name}, newest first.',
	},
	/** An explainer's page. */
	article: {
		byline: 'By {name}',
		published: 'Published {date}',
		updated: 'Updated {date}',
		readingTime: { one: '{count} min read', other: '{count} min read' },
		/** What joins names in a list: "Russia, Ukraine". */
		listSeparator: ', ',
		glance: 'At a glance',
		/** How many more parties a line of chips leaves out. */
		morePositions: { one: '+{count} more', other: '+{count} more' },
		allStances: 'All stances and sources',
		contents: 'Contents',
		corrected: 'Corrected {date}',
		whatChanged: 'What changed',
		stances: 'Stances and sources',
		/** A stance and the demands it is on: "✓ Supports on Ceasefire, Talks". */
		stanceOn: '{stance} on {demands}',
		/** Before a stance's citation when the stance has no note. */
		reportedIn: 'Reported in',
		statuses: 'Status of each demand here',
		noStance: 'No stance reported here on {demands}.',
		related: 'Related explainers',
		/** Heard, not seen: each numbered citation, and each link back from a source to where it is cited. */
		citation: 'Source {number}',
		backToCitation: 'Back to citation {number} in the text',
		/** In a list of an explainer's headline and details, before each report of a source it cites. */
		cites: 'cites {report}',
		/** After a stance's date: who reports it, then the explainer it is in. */
		reportedBy: ', {source}',
		inArticle: ', in {article}',
		allReportedIn: 'All reported in {article}.',
		earlierStances: 'Earlier stances:',
		earlierNotShown: { one: 'and {count} earlier', other: 'and {count} earlier' },
		follow: 'Follow {name} by RSS',
	},
	/** Words of sharing cards, as alt text. */
	sharing: {
		articleCard: '{title}: {summary}',
		siteCard: '{site}: {description}',
	},
	/** The key beside every display of stances. */
	stanceKey: {
		key: 'Key',
		label: 'Key to stances',
	},
};
