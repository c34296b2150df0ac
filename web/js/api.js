// Talking to `lanyard serve` (docs/http_api.md). Errors carry the server's
// message ({"error": {"code", "message"}}) when it sent one.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, params) {
  let res;
  try {
    res = await fetch(`${path}?${params}`, { headers: { Accept: 'application/json' } });
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

// One request in flight per purpose, and the newest waiting: a request asked
// for while another runs waits for it (its answer is then dropped) and
// replaces any request already waiting, which fails as superseded. The server
// goes on computing an aborted request, so aborting each keystroke's search
// would only queue work there; this way typing costs at most two searches in
// a row, and a slow answer to an old keystroke never replaces a newer one.
export class Latest {
  #running = null;
  #waiting = null;

  run(path, params) {
    this.#waiting?.reject(superseded());
    return new Promise((resolve, reject) => {
      this.#waiting = { path, params, resolve, reject };
      if (!this.#running) this.#next();
    });
  }

  #next() {
    const job = this.#waiting;
    this.#waiting = null;
    if (!job) return;
    this.#running = getJson(job.path, job.params).then(
      (body) => (this.#waiting ? job.reject(superseded()) : job.resolve(body)),
      (error) => (this.#waiting ? job.reject(superseded()) : job.reject(error)),
    ).finally(() => {
      this.#running = null;
      this.#next();
    });
  }
}

function superseded() {
  return new DOMException('superseded by a newer request', 'AbortError');
}

export function isAbort(e) {
  return e?.name === 'AbortError';
}
