/** The public face of extractors/: pure functions from a document to tags, and the pipeline. */
export { splitSentences, sentenceAt, paragraphAt, type Span } from './sentences.js';
export { detectLanguage } from './language.js';
export { extractDates, parseDateText, type DateContext } from './dates.js';
export { extractBody, MIN_BODY_CHARS } from './body.js';
export { findPublishedDate, type PublishedDate } from './published-date.js';
export { extractInstitutions, institutionKey, INSTITUTIONS_EXTRACTOR, type InstitutionContext } from './institutions.js';
export { findPlaces, lookupPlace, type PlaceMatch } from './places.js';
export { extractPartnerships, type EventContext } from './partnerships.js';
export { extractDamage } from './damage.js';
export { analyze, analyzeHtml, analyzeTimed, publishedFromText, EXTRACTOR_VERSION, type StageTimings } from './pipeline.js';
