// The call page on a laptop and a phone: no sideways scroll, the transcript in the page's own
// scroll, Newer/Older through the list with the position in it, and a demo recording that plays.
import { expect, test, type Page } from "@playwright/test";
import { E2E_BASE_URL } from "./fixtures/constants";
import { LONG_CALL_NUMBER, LONG_METADATA_VALUE } from "./fixtures/call-page-calls";
import { listedCallHrefs } from "./fixtures/list-links";

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function openLongCall(page: Page): Promise<void> {
  await page.goto(`/calls?phone=${encodeURIComponent(LONG_CALL_NUMBER)}`);
  const hrefs = await listedCallHrefs(page);
  expect(hrefs).toHaveLength(1);
  await page.goto(hrefs[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(LONG_CALL_NUMBER);
}

const position = (page: Page) => page.getByTestId("call-position");

for (const size of SIZES) {
  test(`a long call fits the ${size.name} screen (${size.width}x${size.height}), its transcript in the page's scroll`, async ({ page }) => {
    await page.setViewportSize(size);
    await openLongCall(page);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);

    // The long metadata value wraps inside the page.
    const value = page.getByText(LONG_METADATA_VALUE);
    await expect(value).toBeVisible();
    const box = (await value.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);

    // Every turn is in the page's flow: the list is not a box that scrolls, or cuts a turn, on its own.
    const transcript = page.getByRole("list", { name: "Transcript" });
    await expect(transcript.getByRole("listitem")).toHaveCount(32);
    expect(await transcript.evaluate((list) => ({ overflow: getComputedStyle(list).overflowY, cut: list.scrollHeight > list.clientHeight + 1 }))).toEqual({ overflow: "visible", cut: false });
    await page.screenshot({ path: test.info().outputPath(`call-page-${size.name}.png`), fullPage: true });
  });
}

test("Newer and Older walk the list in its order, with the position in it", async ({ page }) => {
  await page.goto("/calls?size=50");
  const newest = await listedCallHrefs(page);
  expect(newest.length).toBeGreaterThan(10);
  const at = (href: string) => new RegExp(`${href.replace(/[?]/g, "\\?")}$`);

  await page.goto(newest[2]!);
  await expect(position(page)).toHaveText(/^Call 3 of \d+ in this list$/);
  const total = (await position(page).textContent())!.match(/of (\d+)/)![1];
  // Newest first: next (down the list) is older.
  await expect(page.getByRole("link", { name: "Older call" })).toHaveAttribute("rel", "next");
  await page.getByRole("link", { name: "Older call" }).click();
  await expect(page).toHaveURL(at(newest[3]!));
  await expect(position(page)).toHaveText(`Call 4 of ${total} in this list`);
  // Each step is a navigation: wait for it, or the second click lands on the page being left.
  await page.getByRole("link", { name: "Newer call" }).click();
  await expect(page).toHaveURL(at(newest[2]!));
  await expect(position(page)).toHaveText(`Call 3 of ${total} in this list`);
  await page.getByRole("link", { name: "Newer call" }).click();
  await expect(page).toHaveURL(at(newest[1]!));

  await page.goto(newest[0]!);
  await expect(position(page)).toHaveText(`Call 1 of ${total} in this list`);
  await page.getByRole("link", { name: "Newer call" }).click();
  await expect(page.getByText("There is no newer call in this list.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Newer call" })).toHaveCount(0);

  // Oldest first: next (down the list) is newer, and the words say so.
  await page.goto("/calls?size=50&sort=oldest");
  const oldest = await listedCallHrefs(page);
  await page.goto(oldest[1]!);
  await expect(position(page)).toHaveText(`Call 2 of ${total} in this list`);
  await expect(page.getByRole("link", { name: "Newer call" })).toHaveAttribute("rel", "next");
  await page.getByRole("link", { name: "Newer call" }).click();
  await expect(page).toHaveURL(at(oldest[2]!));
  await expect(position(page)).toHaveText(`Call 3 of ${total} in this list`);
});

test("the recording of a demo call plays, for a signed-in user only", async ({ page, playwright }) => {
  await openLongCall(page);
  const audio = page.getByLabel("Call recording");
  await expect(audio).toHaveAttribute("src", "/api/demo-recordings/conversation-short.wav");
  await expect(page.getByText("A demo recording, made by this dashboard")).toBeVisible();
  // Muted, so that no autoplay policy stands in the way of a play() without a click.
  await audio.evaluate(async (element: HTMLAudioElement) => {
    element.muted = true;
    await element.play();
  });
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.5);
  expect(await audio.evaluate((element: HTMLAudioElement) => element.error)).toBeNull();

  const signedIn = await page.request.get("/api/demo-recordings/conversation-short.wav", { headers: { Range: "bytes=0-43" } });
  expect(signedIn.status()).toBe(206);
  expect(signedIn.headers()["content-type"]).toBe("audio/wav");
  expect((await signedIn.body()).subarray(0, 4).toString("latin1")).toBe("RIFF");
  const stranger = await playwright.request.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  expect((await stranger.get("/api/demo-recordings/conversation-short.wav")).status()).toBe(401);
  await stranger.dispose();
});

test("the actions menu copies the call id, and Escape closes it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openLongCall(page);
  const id = new URL(page.url()).pathname.split("/")[2];
  const menuButton = page.getByRole("button", { name: "More actions for this call" });
  await menuButton.click();
  await expect(page.getByRole("menuitem", { name: "Raw payload as received" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await menuButton.click();
  await page.getByRole("menuitem", { name: "Copy call id" }).click();
  await expect(page.getByText("Copied the call id")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
});
