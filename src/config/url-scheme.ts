/**
 * How an address's scheme is recognised (RFC 3986: a letter, then letters, digits, +, - or ., then a colon). It sits
 * with the settings, the first stage, because BASE_PATH is refused when it starts with one; the model's rules on which
 * schemes links and pictures may use (src/model/url-schemes.ts) build on it.
 */
export const schemeAtStart = /^[a-z][a-z\d+.-]*:/i;
