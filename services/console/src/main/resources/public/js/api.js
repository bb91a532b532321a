// The session and every call to the services' APIs (through the console's own origin).

const KEY = 'cyberplan.session';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

function claimsOf(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(atob(part).split('').map(c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  return JSON.parse(json);
}

export const session = {
  get() {
    const raw = sessionStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  },
  save(tokens) {
    const claims = claimsOf(tokens.access_token);
    const s = {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token || (this.get() && this.get().refreshToken),
      username: claims.sub,
      roles: claims.roles || [],
      country: claims.country,
    };
    sessionStorage.setItem(KEY, JSON.stringify(s));
    return s;
  },
  clear() { sessionStorage.removeItem(KEY); },
  has(...roles) {
    const s = this.get();
    return !!s && roles.some(r => s.roles.includes(r));
  },
};

async function send(method, path, body, options = {}) {
  const s = session.get();
  const headers = { Accept: options.accept || 'application/json' };
  if (s && !options.anonymous) headers.Authorization = 'Bearer ' + s.accessToken;
  let payload;
  if (body !== undefined) {
    if (typeof body === 'string') {
      headers['Content-Type'] = options.contentType || 'text/plain';
      payload = body;
    } else {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }
  if (method === 'POST') headers['Idempotency-Key'] = options.idempotencyKey || crypto.randomUUID();
  return fetch(path, { method, headers, body: payload });
}

async function refresh() {
  const s = session.get();
  if (!s || !s.refreshToken) return false;
  const response = await send('POST', '/api/v1/token/refresh', { refresh_token: s.refreshToken, grant_type: 'refresh_token' }, { anonymous: true });
  if (!response.ok) return false;
  session.save(await response.json());
  return true;
}

/** Calls the API; a 401 is retried once after refreshing the token, so a night shift is not logged out mid-incident. */
export async function api(method, path, body, options = {}) {
  let response = await send(method, path, body, options);
  if (response.status === 401 && !options.anonymous && await refresh()) {
    response = await send(method, path, body, options);
  }
  if (response.status === 401 && !options.anonymous) {
    session.clear();
    window.dispatchEvent(new Event('cyberplan:logged-out'));
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : { detail: data });
  return { status: response.status, body: data, location: response.headers.get('Location') };
}

export const get = (path, options) => api('GET', path, undefined, options).then(r => r.body);
export const post = (path, body, options) => api('POST', path, body, options);

/** Logs in; {@code otp} is the authenticator's code or a recovery code, once the account has a second factor. */
export async function login(username, password, otp) {
  const body = otp ? { username, password, otp } : { username, password };
  const r = await api('POST', '/api/v1/login', body, { anonymous: true });
  return session.save(r.body);
}

/** Ends the session at contact-points too (its refresh token is revoked), then here. */
export async function logout() {
  const s = session.get();
  if (s) {
    await send('POST', '/api/v1/logout', s.refreshToken ? { refresh_token: s.refreshToken } : undefined).catch(() => null);
  }
  session.clear();
}
