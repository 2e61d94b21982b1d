// The edit token's shape and the edit link's fragment key, shared by the server that makes it and the page that keeps it.

/** RFC 6750's token68 characters: what may follow `Bearer ` in an Authorization header, and nothing else. */
export const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/** The edit link is `<url>/#token=<token>`: in the fragment, which browsers never send, so no server log holds it. */
export const EDIT_LINK_KEY = 'token';
