// Reference lists fetched once per page load: the MISP taxonomies (as copied) and the directory.
import { get } from './api.js';

const cache = new Map();
const once = (key, load) => { if (!cache.has(key)) cache.set(key, load().catch(e => { cache.delete(key); throw e; })); return cache.get(key); };

export const taxonomy = name => once('taxonomy:' + name, () => fetch(`/reference/${name}`).then(r => r.json()));
export const countries = () => once('countries', () => get('/api/v1/countries?size=500').then(p => p.items || p));
