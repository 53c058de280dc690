// The page every page answers with (HTTP 503) while the database is unreachable, served by the
// proxy itself: self-contained HTML with the dashboard's colours and the same words as the error
// boundaries (components/layout/database-unavailable.tsx), no script, nothing from the request.
export const UNAVAILABLE_TITLE = "The dashboard cannot reach its database";
export const UNAVAILABLE_TEXT =
  "The database did not answer in time or is unavailable. Try again in a moment; if it keeps failing, check that PostgreSQL is running.";

const STYLE = `
  body { margin: 0; font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
         background: oklch(0.985 0.002 247); color: oklch(0.21 0.03 265); }
  nav { border-bottom: 1px solid oklch(0.92 0.005 264); background: #fff; padding: 0.75rem 1.5rem; font-size: 0.875rem; }
  nav a { color: oklch(0.55 0.02 264); margin-right: 1rem; text-decoration: none; }
  nav strong { margin-right: 1.5rem; }
  section { max-width: 32rem; margin: 3rem auto; padding: 2rem; text-align: center; background: #fff;
            border: 1px solid color-mix(in oklch, oklch(0.58 0.22 27) 40%, transparent); border-radius: 0.5rem; }
  h1 { font-size: 1.25rem; margin: 0 0 0.75rem; }
  p { font-size: 0.875rem; color: oklch(0.55 0.02 264); line-height: 1.5; }
  .actions a { display: inline-block; margin: 0.25rem; padding: 0.5rem 0.75rem; border-radius: 0.375rem; font-size: 0.875rem;
               text-decoration: none; border: 1px solid oklch(0.92 0.005 264); color: inherit; }
  .actions a.primary { background: oklch(0.49 0.2 264); border-color: transparent; color: #fff; }`;

export function unavailablePageHtml(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Database unavailable · Call outcomes</title><style>${STYLE}</style></head>
<body>
<nav aria-label="Main"><strong>Call outcomes</strong><a href="/calls">Calls</a><a href="/analytics">Analytics</a><a href="/webhooks">Deliveries</a></nav>
<main><section role="alert">
<h1>${UNAVAILABLE_TITLE}</h1>
<p>${UNAVAILABLE_TEXT}</p>
<p class="actions"><a class="primary" href="">Try again</a><a href="/calls">All calls</a></p>
</section></main>
</body>
</html>`;
}
