/**
 * The interface in English: the reference catalogue, spelt as in British
 * English (en-GB, the site's default); en-US.ts changes the few words American
 * English spells otherwise. Every other language's file has these keys. `{name}` is filled in by the page; a plural gives one
 * text per form the language has (English: one, other).
 */
export default {
	site: {
		/** The site's line in search results, feeds and the footer, unless the newsroom sets its own in src/config/site.ts. */
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
	/** Stances: a word, and a shape that never depends on colour (what each means is in the glossary's sentences). */
	stances: {
		supports: { text: 'Supports', shape: '✓' },
		opposes: { text: 'Opposes', shape: '✕' },
		mixed: { text: 'Mixed', shape: '◐' },
		'no-response': { text: 'No response', shape: '○' },
		unclear: { text: 'Unclear', shape: '?' },
	},
	/** Statuses in plain words, as a reader would say them, and what each means. */
	statuses: {
		new: { label: 'Put forward', meaning: 'The demand is put forward.' },
		restated: { label: 'Made again', meaning: 'The demand is made again, unchanged.' },
		'under-negotiation': { label: 'Being negotiated', meaning: 'The sides are discussing it.' },
		accepted: { label: 'Accepted', meaning: 'The side it is put to has agreed to it.' },
		rejected: { label: 'Rejected', meaning: 'The side it is put to has turned it down.' },
		withdrawn: { label: 'Dropped', meaning: 'The side making it has dropped it.' },
		met: { label: 'Met', meaning: 'It has been fulfilled.' },
	},
	actorKinds: {
		country: 'Country',
		government: 'Government',
		alliance: 'Alliance',
		organization: 'Organisation',
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
			title: 'Who’s who',
			indexDescription: 'Every country, government, alliance, organisation, person and group in our explainers.',
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
		/** Under the first few explainers of "Mentioned in", the link to the next page: how many older ones there are. */
		olderMentions: 'Older explainers ({count})',
		/** Under the first few of an entity's list, the link to all of it, on pages of its own: {count} is how many. */
		allStancesByDemand: 'All demands, with every stance ({count})',
		allStancesByParty: 'All sides, with every stance ({count})',
		allStatusChanges: 'Every change of status ({count})',
		allDemands: 'All demands ({count})',
		/** On an entity's first page, under a stance whose earlier ones are on the list's own pages. */
		earlierCount: { one: '{count} earlier stance', other: '{count} earlier stances' },
		/** A stance that changed, with the one before it: "◐ Mixed, moved from ✕ Opposes". */
		movedFrom: '{to}, moved from {from}',
	},
	/** An actor's page. */
	actor: {
		/** Its other names, after its kind: "Country · Also called Russian Federation, RF". */
		alsoCalled: 'Also called {aliases}',
		stanceChart: 'Stances at a glance',
		demandsMade: 'What it demands',
		demandsFaced: 'Demands put to it',
		/** Every demand it faces or has taken a stance on, with its stance. */
		stances: 'Its stance on each demand',
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
		timeline: 'How its status changed',
		/** Who makes a demand, under its title in lists. */
		byActor: 'by {actor}',
		noStatus: 'No status reported',
		noStance: 'No stance reported',
	},
	/** A demand's history, a day at a time. */
	timeline: {
		raised: 'First raised',
		status: '{status}, reported in {article}',
	},
	/** The stance charts of demands and actors, and their text alternatives. */
	charts: {
		/** A demand's chart when everything reported is on one day. */
		oneDay: 'Where things stood on {date}, as reported.',
		statusAndStances: "How the status and each party's stance changed from {start} to {end}: a mark at each reported change.",
		stances: "How each party's stance changed from {start} to {end}: a mark at each reported change.",
		/** A demand's chart with parties left out: {count} is every party, {shown} those drawn, {positions} a link to the list of all. */
		partiesNotShown: {
			one: 'This chart shows {shown} of {count} parties: those it is put to, then the latest reported. All are under {positions}.',
			other: 'This chart shows {shown} of {count} parties: those it is put to, then the latest reported. All are under {positions}.',
		},
		/** Under a demand's chart, links to its timeline (statuses) and its positions (stances). */
		everyChange: 'Every change of status, with its date and its report, is under {timeline}; every stance, under {positions}.',
		/** The same, when the note above it already points to the positions. */
		everyStatusChange: 'Every change of status, with its date and its report, is under {timeline}.',
		/** The same, on a page with no changes of status to list. */
		everyStance: 'Every stance, with its date and its report, is under {positions}.',
		/** A demand first raised long before the changes its chart shows. */
		raisedBefore: 'First raised on {date}, long before the changes shown here.',
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
		makesIt: 'Their demand',
		/** Who makes a demand and whom it is put to, under its title: "by Russia, put to Ukraine and NATO". */
		byActorTo: 'by {actor}, put to {parties}',
		/** For screen readers, the blank cell of a party the demand is not put to, with no stance on it. */
		notAsked: 'not asked',
		/** Before the parties with a stance on a demand that is not put to them. */
		othersNotAsked: 'Not asked, but took a stance:',
		/** When anything about the demand was last reported. */
		latestChange: 'latest change {date}',
		/** How to read the cells that hold no stance. */
		cellKey: 'A bar at the start of a shaded cell marks a side the demand is put to. Blank: not asked, no stance reported.',
		/** The choice of order between the demands' pages. */
		order: 'Order',
		byLatest: 'Latest change first',
		byName: 'By name',
	},
	/** What stances and statuses mean, on the demands' index. */
	glossary: {
		title: 'What the stances and statuses mean',
		stances: 'Stances',
		statuses: 'Statuses',
		/** Each stance in a whole sentence about the party that takes it. */
		stanceMeanings: {
			supports: 'The side backs the demand.',
			opposes: 'The side is against it.',
			mixed: 'The side backs part of it, or only on conditions.',
			'no-response': 'The side has not answered in public.',
			unclear: 'Where the side stands cannot be told from the reporting.',
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
		party: { one: '{count} side', other: '{count} sides' },
		day: { one: '{count} day', other: '{count} days' },
		correction: { one: '{count} correction', other: '{count} corrections' },
		actor: { one: '{count} actor', other: '{count} actors' },
		source: { one: '{count} source', other: '{count} sources' },
		topic: { one: '{count} topic', other: '{count} topics' },
	},
	/** What a shortened list says it leaves out. */
	more: {
		/** After the names a line has room for: "A, B and 145 more". */
		names: { one: '{count} more', other: '{count} more' },
		parties: { one: 'And {count} more party.', other: 'And {count} more parties.' },
		/** Under an actor's chart: {positions} links to the list of its stances, which has every demand. */
		demandsUnder: { one: 'And {count} more demand, under {positions}.', other: 'And {count} more demands, under {positions}.' },
	},
	/** The home page. */
	home: {
		/** The first page's heading, for assistive technology: the site's name is already in the header. */
		heading: '{site}: the latest explainers',
		/** The label above the lead story. */
		latest: 'Latest explainer',
		/** The heading of the list after the lead story. */
		more: 'More explainers',
		/** The demands not yet met or dropped: accepted or rejected ones are still on the table until then. */
		openDemands: 'Demands still on the table',
		/** What "open" means, under the heading. */
		openDemandsIntro:
			'Demands not yet met or dropped, the latest change first. An accepted demand stays open until it is met; a rejected one until its maker drops it.',
		/** The link under the open demands, with how many there are. */
		allDemands: 'All demands ({count})',
		/** The label of a demand's row of stance chips. */
		latestStances: 'Latest stances',
	},
	/** /articles/: every explainer, by month. */
	articlesIndex: {
		title: 'All explainers',
		description: 'Every explainer we have published, newest first, month by month.',
		/** A month's heading when the month began on the page before; {month} is its name. */
		continued: '{month} (continued)',
		none: 'No explainers have been published yet.',
	},
	corrections: {
		title: 'Corrections',
		description: 'Every correction to our explainers, newest first.',
		intro: 'When we get something wrong, we correct it on the article and list it here.',
		/** One correction's line: its date, then the explainer it corrects. */
		entry: '{date}, {article}',
		none: 'No explainer has needed a correction yet.',
	},
	moved: {
		title: 'This page has moved',
		text: 'What was here is now at a new address, which your browser should open by itself.',
		link: 'Go to the new address',
	},
	notFound: {
		title: 'Page not found',
		text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
		latest: 'Latest explainers',
		allDemands: 'All demands',
		allActors: 'Who’s who',
	},
	search: {
		title: 'Search',
		description: 'Search the explainers, and the countries, people, groups, demands, sources and topics in them.',
		inputLabel: 'Search the explainers, and the countries, people, groups, demands, sources and topics in them',
		noScript: 'Search needs JavaScript, which is off in this browser. Every page can be reached from these lists:',
		/** The legend of the choice of type. */
		show: 'Show',
		all: 'All',
		order: 'Order',
		bestMatch: 'Best match',
		newestFirst: 'Newest first',
		resultsLabel: 'Results',
		/** The button under the results that lists the next page of them. */
		showMore: 'Show more results',
		/** What one result is, beside an explainer's date (an actor is called by its own kind: person, country…). */
		types: { explainer: 'Explainer', demand: 'Demand', source: 'Source', topic: 'Topic' },
		unavailable: 'Search is not available here: the index is made by `npm run build` (try `npm run preview`).',
		none: 'No results for “{query}”.',
		found: { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' },
		/** More results than the page lists: {shown} of them are. */
		foundMore: { one: '{count} result for “{query}”; the first {shown} are shown.', other: '{count} results for “{query}”; the first {shown} are shown.' },
	},
	/** Links between the pages of a long list. */
	pager: {
		/** The pager's name for screen readers; {list} is what the pages are of. */
		label: '{list}: pages',
		previous: 'Previous page',
		next: 'Next page',
		first: 'First page',
		/** The link to a long list's last page; {last} is its number. */
		final: 'Last page ({last})',
		position: 'Page {current} of {last}',
		/** A page's title after the first of several. */
		title: '{name}, page {current} of {last}',
	},
	breadcrumbs: {
		label: 'Breadcrumb',
		home: 'Home',
		page: 'Page {page}',
	},
	/** The index pages of actors, demands, sources and topics. */
	index: {
		none: 'None yet.',
		demandsIntro:
			'Every demand, who makes it, and the latest reported stance of each side on it. Each stance links to the numbered source of the explainer that reports it.',
		/** Added to the intro when the table leaves parties out; {parties} is how many it shows ("12 parties"). */
		demandsNotShown: {
			one: 'The table shows the {parties} with the most stances reported; {count} more is on each demand’s page.',
			other: 'The table shows the {parties} with the most stances reported; {count} more are on each demand’s page.',
		},
		matrixCaption: 'Latest stance of each side, by demand',
		/** The title of the demands' pages in name order. */
		demandsByName: 'Demands by name',
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
		title: 'Open data',
		description: 'The data behind our explainers, free to reuse under {licence}: every reported position, every demand, and the whole graph.',
		/** {licence} is a link to the licence. */
		intro:
			'The data behind our explainers, free to reuse under {licence}. The files are written with the site, from the same content, and hold published explainers only: drafts, and explainers scheduled for later, are never in them.',
		filesCaption: 'The files',
		file: 'File',
		holds: 'What it holds',
		size: 'Size',
		contents: 'Contents',
		licenceTitle: 'Licence and how to cite',
		/** {licence} is a link to the licence, {field} the JSON field's name. */
		licenceText:
			"The data is licensed under {licence}, the newsroom's choice; each JSON file says so in its {field} field. Credit {site} and link to the file you used, for example:",
		citeExample: '{site}, “positions.csv”, {url}, {licence}, retrieved on (the day you downloaded it).',
		citeOne: 'To cite a single position, cite the explainer that reports it: its address is in the row.',
		/** {by} is the field's name. */
		positionsText:
			"One row for each stance a party took on a demand, as an explainer reports it, ordered by demand id, then date, then party. A party's position on its own demand is not a row: the demand's {by} names it. The file is CSV as RFC 4180 describes it (a header row, fields with commas, quotes or line breaks in double quotes, lines ending in CR LF), in UTF-8 with a byte order mark so that spreadsheets read its accents correctly. Empty cells are empty strings.",
		positionsCaption: 'positions.csv: the columns, in order',
		jsonTitle: 'demands.json and graph.json',
		/** {url} and {null} are the JSON words, shown as code. */
		jsonText:
			"Both are JSON in UTF-8. Ids are the site's own ids, the last part of each page's address, and every {url} is the page's full address. Dates are as the newsroom wrote them. A field with no value is {null}, never left out; lists are never null. Entities come in order of id, explainers newest first.",
		edgesCaption: 'graph.json: the types of edge',
		type: 'Type',
		from: 'From',
		to: 'To',
		meaning: 'Meaning',
		otherFields: 'Other fields',
		/** An edge type with no fields besides type, from and to. */
		noFields: 'none',
		/** A field of an edge: {name} is its name, shown as code. */
		edgeField: '{name} ({type}): {meaning}',
	},
	/** The /data/ page's tables of columns and fields: their types and meanings. Names of columns and fields are the files' own and are not translated. */
	dataFields: {
		/** Types; {values} lists the values a field takes, as the files write them. */
		types: {
			id: 'id',
			idMayBeEmpty: 'id, may be empty',
			idOrNull: 'id or null',
			text: 'text',
			textMayBeEmpty: 'text, may be empty',
			textOrNull: 'text or null',
			url: 'URL',
			urlMayBeEmpty: 'URL, may be empty',
			urlOrNull: 'URL or null',
			number: 'number',
			list: 'list',
			listOfIds: 'list of ids',
			listOfText: 'list of text',
			oneOf: 'one of: {values}',
			oneOfOrNull: 'one of: {values}; or null',
			date: 'date as written: YYYY-MM-DD, or a date and time with its offset',
			dateOrNull: 'date as written: YYYY-MM-DD, or a date and time with its offset, or null',
			siteObject: 'object: title, url',
			licenceObject: 'object: name, url',
			actorKind: 'country, government, alliance, organization, person or group',
			sourceKind: 'text, such as wire-service or government',
			topicKind: 'theme, place or event',
		},
		captions: {
			envelope: 'Fields at the top of each JSON file',
			demandsRoot: 'demands.json: after the common fields',
			demands: 'demands.json: each demand',
			demandStances: 'demands.json: each latest stance',
			graphRoot: 'graph.json: after the common fields',
			actors: 'graph.json: each actor',
			graphDemands: 'graph.json: each demand',
			sources: 'graph.json: each source',
			topics: 'graph.json: each topic',
			articles: 'graph.json: each explainer',
			edges: 'graph.json: each edge',
		},
		positions: {
			demand: "The demand's id: the last part of its page's address, and its id in demands.json and graph.json.",
			demandTitle: 'The demand, as its page states it.',
			party: 'The id of the actor (party) that takes the stance.',
			partyName: "The party's name.",
			stance: 'Where the party stands on the demand.',
			date: "When the party took the stance: the day the explainer gives, or else the explainer's publication date.",
			note: 'A short qualifier the explainer gives with the stance.',
			articleUrl: 'The explainer that reports the position.',
			source: 'The id of the outlet of the report the stance comes from; empty when the explainer cites none for it.',
			sourceOutlet: "That outlet's name.",
			sourceTitle: "The cited report's title.",
			sourceUrl: "The cited report's own address, when the explainer gives one.",
		},
		envelope: {
			schemaVersion:
				'The version of the file’s shape. It goes up only when a field is renamed or removed, or changes meaning; new fields may appear at any time.',
			site: 'The site the data comes from: its name and address.',
			licence: 'The licence of the data: its name and the address of its text.',
		},
		/** Each kind's id and url fields. */
		ids: {
			demand: "The demand's id, as in the other files and the last part of its page's address.",
			actor: "The actor's id, as in the other files and the last part of its page's address.",
			source: "The source's id, as in the other files and the last part of its page's address.",
			topic: "The topic's id, as in the other files and the last part of its page's address.",
			explainer: "The explainer's id, as in the other files and the last part of its page's address.",
		},
		urls: {
			demand: "The demand's page on this site.",
			actor: "The actor's page on this site.",
			source: "The source's page on this site.",
			topic: "The topic's page on this site.",
			explainer: "The explainer's page on this site.",
		},
		summary: 'One sentence about it, if the newsroom wrote one.',
		firstRaised: 'When the demand was first made, if known.',
		demands: {
			list: 'Every demand, by id.',
			title: 'The demand, stated plainly.',
			by: 'The id of the actor that makes the demand.',
			addressedTo: 'The ids of the actors it is put to.',
			topics: 'The ids of its topics.',
			status: 'Its current status: the latest one an explainer reports; null if none has.',
			statusDate: 'The publication date of the explainer that reports the current status.',
			statusArticle: 'That explainer.',
			positionCount: 'How many positions on it the explainers report: its rows in positions.csv.',
			stances: "Each party's latest stance on it, the most recently taken first.",
		},
		latestStance: {
			party: 'The id of the actor taking the stance.',
			stance: 'Where it stands.',
			date: 'When it took the stance.',
			article: 'The explainer that reports it.',
		},
		graph: {
			actors: 'Every actor, by id.',
			sources: 'Every source (outlet or originator of reports), by id.',
			topics: 'Every topic, by id.',
			articles: 'Every published explainer, newest first.',
			edges: 'Every link between them; see the edge types below.',
			name: 'Its name.',
			actorKind: 'What sort of actor it is.',
			aliases: 'Other names explainers use for it.',
			sourceKind: 'What sort of source it is.',
			website: 'Its own home page.',
			topicKind: 'What sort of topic it is.',
			headline: 'The headline.',
			articleSummary: 'One or two sentences, as lists show.',
			published: 'When it was first published.',
			updated: 'Its last substantive update, if any.',
			byline: 'The desk or author.',
			edgeType: 'What the edge says; the type fixes which lists `from` and `to` are ids in (see below).',
			edgeFrom: 'The id of the node it starts at.',
			edgeTo: 'The id of the node it leads to.',
		},
		/** What each type of edge means, and its own fields. */
		edges: {
			articleActor: 'The explainer involves the actor: it lists it, or reports a stance of it.',
			articleDemand: 'The explainer reports on the demand.',
			reportedStatus: 'The status it reports, if any.',
			articleSource: 'The explainer cites a report of the source; one edge per report.',
			citationKey: 'The key the explainer cites the report by; `citation` in positions refers to it.',
			reportTitle: "The report's title.",
			reportUrl: "The report's own address.",
			reportPublished: 'When the report was published.',
			articleTopic: 'The explainer belongs to the topic.',
			demandAuthor: 'The actor makes the demand.',
			demandAddressee: 'The demand is put to the actor.',
			demandTopic: 'The demand belongs to the topic.',
			position: 'A stance the actor took on the demand, as one explainer reports it: one edge per row of positions.csv, in the same order.',
			stance: 'Where the party stands.',
			date: 'When it took the stance.',
			note: 'A short qualifier.',
			article: 'The id of the explainer that reports it.',
			source: 'The id of the outlet of the cited report.',
			citation: 'The key of the cited report in that explainer (its article-source edge).',
		},
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
		/** Under the summary in the feed of a demand, an actor, a source or a topic: what this explainer reports about it. */
		status: 'Status in this explainer: {status}',
		stances: 'Stances in this explainer',
		/** A party's stance on the demand the feed follows: "Kestrel Union: Opposes". */
		stance: '{actor}: {stance}',
		/** A stance with the short qualifier the explainer gives. */
		noted: '{text} — {note}',
		/** A stance with the outlet of the report it cites. */
		reportedBy: '{text} (source: {source})',
		positions: 'Positions in this explainer',
		/** The stance of the actor the feed follows, and the demand it is on: "Opposes Ferry rights restored". */
		stanceOn: '{stance}: {demand}',
		/** A demand made by or of the actor the feed follows, and its status in this explainer. */
		demandStatus: '{demand}: {status}',
		cited: 'Reports this explainer cites',
		/** A cited report and the day it was published. */
		citation: '{report}, {date}',
		/** In a topic's feed: the explainer's actors, and the other topics it is filed under. */
		actors: 'Who’s involved: {actors}',
		otherTopics: 'Also filed under: {topics}',
	},
	/** An explainer's page. */
	article: {
		byline: 'By {name}',
		published: 'Published {date}',
		updated: 'Updated {date}',
		readingTime: { one: '{count} min read', other: '{count} min read' },
		glance: 'At a glance',
		/** Under a demand in the summary above the story: who makes it, and the parties it is put to. */
		asksOf: '{maker} asks this of {parties}',
		madeBy: 'Made by {maker}',
		/** A demand's status in the summary, apart from the parties' stances. */
		statusHere: 'Status: {status}',
		/** How many more parties a line of chips leaves out. */
		morePositions: { one: '+{count} more', other: '+{count} more' },
		allStances: 'All stances and sources',
		contents: 'Contents',
		corrected: 'Corrected {date}',
		whatChanged: 'What changed',
		stances: 'Stances and sources',
		/** Before a stance's citation when the stance has no note. */
		reportedIn: 'As reported',
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
		/** The letters that label the links back to each citation of a source, in order. */
		backLinkLetters: 'abcdefghijklmnopqrstuvwxyz',
	},
	/** An explainer's history page, and the link to it beside the explainer's dates. */
	history: {
		link: 'Change history',
		/** The page's title and heading. */
		title: 'Change history: {title}',
		/** The page's own step in breadcrumbs. */
		crumb: 'Change history',
		description: 'How this explainer has changed since it was published: its updates, its corrections and the days it was revised.',
		intro: 'What has changed in this explainer since it was published, newest first.',
		/** A day on which the text changed with no update or correction (publication, updates and corrections are told as the explainer tells them). */
		revised: 'Revised {date}',
		/** After an update or a revision: what it changed, from `parts`. */
		changed: 'Changed: {parts}',
		parts: {
			headline: 'the headline',
			summary: 'the summary',
			story: 'the story',
			stances: 'the demands and stances',
			sources: 'the sources',
		},
		/** Why the list may be short: no record at all, none of this explainer yet, or a record that starts late. */
		unavailable: 'The record of changes is not available, so this lists only the dates the explainer itself gives.',
		unrecorded: 'There is no record of changes to this explainer yet, so this lists only the dates it gives.',
		starts: 'The record of changes starts on {date}: revisions before then are not listed.',
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
