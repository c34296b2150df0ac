// Talking to `lanyard serve` (docs/http_api.md). Errors carry the server's
// message ({"error": {"code", "message"}}) when it sent one.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, params, signal) {
  let res;
  try {
    res = await fetch(`${path}?${params}`, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The server cannot be reached. Is lanyard serve running?', 0);
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
  }
  if (!res.ok || body === null) {
    const message = body?.error?.message || `The server answered ${res.status} ${res.statusText}`.trim();
    throw new ApiError(message, res.status);
  }
  return body;
}

// One request in flight per purpose: starting a new one aborts the last, so a
// slow answer to an old keystroke can never replace a newer one.
export class Latest {
  #controller = null;

  async run(path, params) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const body = await getJson(path, params, controller.signal);
    if (controller.signal.aborted) throw new DOMException('superseded', 'AbortError');
    return body;
  }

  abort() {
    this.#controller?.abort();
  }
}

export function isAbort(e) {
  return e?.name === 'AbortError';
}
