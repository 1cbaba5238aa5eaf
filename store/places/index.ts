export { resolvePlace, resolveEventPlace, placeName, type ResolvedPlace } from './resolve.js';
export { gazetteer, gazetteerVersion, loadGazetteerFile, GAZETTEER_FILE, type Place, type PlaceKind, type GazetteerFile } from './gazetteer.js';
export { ensurePlaces, resolveStoredEvents, storeHasPlaces, RESOLVER_VERSION } from './store.js';
