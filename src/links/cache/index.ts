/**
 * Cache: successes kept between runs (`--cache`, `.medlintcache`). Its parts, in the order they run:
 *
 *   store.ts  read the fresh successes before the first request; write the new ones back,
 *             atomically, after the last
 */
export { CACHE_VERSION, readCache, writeCache, type CacheEntry, type CacheFile } from './store.js';
