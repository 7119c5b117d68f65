/** The interface in Polish. Plurals have the forms one (1), few (2–4, 22–24…), many (5–21, 25…) and other (fractions). */
import type { Catalogue } from '../catalogue.ts';

export default {
	site: {
		description: 'Wyjaśnienia: kto czego żąda i od kogo, jakie stanowisko zajmuje każda ze stron i kto o tym poinformował.',
	},
	nav: {
		skip: 'Przejdź do treści',
		mainLabel: 'Główna',
		explainers: 'Wyjaśnienia',
		search: 'Szukaj',
	},
	footer: {
		followAll: 'Wszystkie wyjaśnienia w RSS',
		byMonth: 'Wszystkie wyjaśnienia według miesięcy',
		corrections: 'Sprostowania',
		openData: 'Otwarte dane',
		siteFeedTitle: '{site}: wszystkie wyjaśnienia',
	},
	stances: {
		supports: { text: 'Popiera', shape: '✓', meaning: 'popiera żądanie' },
		opposes: { text: 'Sprzeciwia się', shape: '✕', meaning: 'jest mu przeciwna' },
		mixed: { text: 'Częściowo', shape: '◐', meaning: 'popiera jego część albo stawia warunki' },
		'no-response': { text: 'Brak odpowiedzi', shape: '○', meaning: 'nie odpowiedziała publicznie' },
		unclear: { text: 'Niejasne', shape: '?', meaning: 'nie da się tego ustalić z doniesień' },
	},
	statuses: {
		new: { label: 'Nowe', meaning: 'Żądanie zgłoszono po raz pierwszy.' },
		restated: { label: 'Ponowione', meaning: 'Żądanie zgłoszono ponownie, bez zmian.' },
		'under-negotiation': { label: 'W negocjacjach', meaning: 'Strony je omawiają.' },
		accepted: { label: 'Przyjęte', meaning: 'Strona, do której je skierowano, zgodziła się na nie.' },
		rejected: { label: 'Odrzucone', meaning: 'Strona, do której je skierowano, odrzuciła je.' },
		withdrawn: { label: 'Wycofane', meaning: 'Strona, która je zgłosiła, wycofała je.' },
		met: { label: 'Spełnione', meaning: 'Zostało spełnione.' },
	},
	actorKinds: {
		country: 'Państwo',
		government: 'Rząd',
		alliance: 'Sojusz',
		organization: 'Organizacja',
		person: 'Osoba',
		group: 'Grupa',
	},
	attributions: {
		named: 'Źródła z nazwiska',
		anonymous: 'Źródła anonimowe',
		official: 'Oświadczenie oficjalne',
		document: 'Dokument',
	},
	kinds: {
		actors: {
			title: 'Podmioty',
			indexDescription: 'Wszystkie państwa, rządy, sojusze, organizacje, osoby i grupy z naszych wyjaśnień.',
			pageDescription: '{name} w naszych wyjaśnieniach.',
			mentionsTitle: 'Wspomniane w',
			followName: '{name}',
			indexMeta: {
				one: '{kind}, {count} wyjaśnienie',
				few: '{kind}, {count} wyjaśnienia',
				many: '{kind}, {count} wyjaśnień',
				other: '{kind}, {count} wyjaśnienia',
			},
		},
		demands: {
			title: 'Żądania',
			indexDescription: 'Wszystkie żądania z naszych wyjaśnień: kto je zgłasza, na jakim są etapie i jakie stanowisko zajmuje wobec nich każda ze stron.',
			pageDescription: '{name}',
			mentionsTitle: 'Wspomniane w',
			followName: 'to żądanie',
		},
		sources: {
			title: 'Źródła',
			indexDescription: 'Media i instytucje, na których doniesienia powołują się nasze wyjaśnienia.',
			pageDescription: 'Doniesienia źródła {name} cytowane w naszych wyjaśnieniach.',
			mentionsTitle: 'Cytowane w',
			followName: '{name}',
			indexMeta: {
				one: 'cytowane w {count} wyjaśnieniu',
				few: 'cytowane w {count} wyjaśnieniach',
				many: 'cytowane w {count} wyjaśnieniach',
				other: 'cytowane w {count} wyjaśnienia',
			},
		},
		topics: {
			title: 'Tematy',
			indexDescription: 'Tematy, miejsca i wydarzenia, którymi zajmują się nasze wyjaśnienia.',
			pageDescription: 'Wyjaśnienia na temat: {name}.',
			mentionsTitle: 'Wspomniane w',
			followName: '{name}',
			indexMeta: { one: '{count} wyjaśnienie', few: '{count} wyjaśnienia', many: '{count} wyjaśnień', other: '{count} wyjaśnienia' },
		},
	},
	counts: {
		explainer: { one: '{count} wyjaśnienie', few: '{count} wyjaśnienia', many: '{count} wyjaśnień', other: '{count} wyjaśnienia' },
		demand: { one: '{count} żądanie', few: '{count} żądania', many: '{count} żądań', other: '{count} żądania' },
		party: { one: '{count} strona', few: '{count} strony', many: '{count} stron', other: '{count} strony' },
		day: { one: '{count} dzień', few: '{count} dni', many: '{count} dni', other: '{count} dnia' },
		correction: { one: '{count} sprostowanie', few: '{count} sprostowania', many: '{count} sprostowań', other: '{count} sprostowania' },
		actor: { one: '{count} podmiot', few: '{count} podmioty', many: '{count} podmiotów', other: '{count} podmiotu' },
		source: { one: '{count} źródło', few: '{count} źródła', many: '{count} źródeł', other: '{count} źródła' },
		topic: { one: '{count} temat', few: '{count} tematy', many: '{count} tematów', other: '{count} tematu' },
	},
	more: {
		demands: { one: 'I jeszcze {count} żądanie.', few: 'I jeszcze {count} żądania.', many: 'I jeszcze {count} żądań.', other: 'I jeszcze {count} żądania.' },
		demandsShort: { one: 'jeszcze {count} żądanie', few: 'jeszcze {count} żądania', many: 'jeszcze {count} żądań', other: 'jeszcze {count} żądania' },
		demandsOnTheirPages: {
			one: 'I jeszcze {count} żądanie, na stronach żądań.',
			few: 'I jeszcze {count} żądania, na stronach żądań.',
			many: 'I jeszcze {count} żądań, na stronach żądań.',
			other: 'I jeszcze {count} żądania, na stronach żądań.',
		},
		demandsInListsBelow: {
			one: 'I jeszcze {count} żądanie, na listach poniżej.',
			few: 'I jeszcze {count} żądania, na listach poniżej.',
			many: 'I jeszcze {count} żądań, na listach poniżej.',
			other: 'I jeszcze {count} żądania, na listach poniżej.',
		},
		parties: { one: 'I jeszcze {count} strona.', few: 'I jeszcze {count} strony.', many: 'I jeszcze {count} stron.', other: 'I jeszcze {count} strony.' },
		daysBetween: {
			one: '{count} dzień pomiędzy opisują wyjaśnienia poniżej.',
			few: '{count} dni pomiędzy opisują wyjaśnienia poniżej.',
			many: '{count} dni pomiędzy opisują wyjaśnienia poniżej.',
			other: '{count} dnia pomiędzy opisują wyjaśnienia poniżej.',
		},
	},
	data: {
		descriptions: {
			'positions.csv':
				'Każde stanowisko, o którym mówią wyjaśnienia: jeden wiersz na każde stanowisko strony wobec żądania, z datą, wyjaśnieniem i doniesieniem, z którego pochodzi.',
			'demands.json': 'Każde żądanie: kto je zgłasza i wobec kogo, jego obecny status oraz najnowsze stanowisko każdej ze stron.',
			'graph.json': 'Wszystko, co łączą wyjaśnienia: podmioty, żądania, źródła, tematy i wyjaśnienia oraz powiązania między nimi, w tym stanowiska.',
		},
		rowsAndHeader: {
			one: '{count} wiersz i nagłówek',
			few: '{count} wiersze i nagłówek',
			many: '{count} wierszy i nagłówek',
			other: '{count} wiersza i nagłówek',
		},
		edges: { one: '{count} powiązanie', few: '{count} powiązania', many: '{count} powiązań', other: '{count} powiązania' },
	},
	feed: {
		corrections: { one: 'Sprostowanie', few: 'Sprostowania', many: 'Sprostowania', other: 'Sprostowania' },
	},
} satisfies Catalogue;
