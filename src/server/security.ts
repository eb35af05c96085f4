import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Security headers from @fastify/helmet. The CSP is what the web app needs and no more: its own
 * scripts and styles (Vite emits no inline script), data: images (the e-ticket QR code), fetches to
 * this origin; and no one may frame the page with the "Confirm & pay" button (frame-ancestors
 * 'none', X-Frame-Options DENY). HSTS is left to the TLS proxy of a deployment: the sandbox serves
 * plain HTTP on localhost.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", "data:"],
        mediaSrc: ["'self'", "data:", "blob:"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // React sets style attributes through the DOM (allowed); charts may add inline <style>.
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    frameguard: { action: "deny" },
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
  });
}

/** What the request log records of a request: its path without the query string, never a header. */
export function requestLogFields(request: FastifyRequest) {
  return {
    method: request.method,
    url: pathOnly(request.url),
    remoteAddress: request.ip,
  };
}

/** A URL with its query string and fragment dropped (they may carry secrets). */
export const pathOnly = (url: string) => url.split(/[?#]/)[0] ?? "";
