/**
 * Version of the extractor set, stored with every tag. Bump it whenever any extractor's output can
 * change (a vocabulary, a gazetteer, a rule), so `eduwatch reextract` knows which tags are stale.
 */
export const EXTRACTOR_VERSION = '1.11.0';
