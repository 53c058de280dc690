import { afterEach, describe, expect, it, vi } from "vitest";
import { sharedRead } from "./shared-read";

let names = 0;
const fresh = () => `test-${++names}`;

afterEach(() => vi.useRealTimers());

describe("sharedRead", () => {
  it("serves one read within the bound, then waits for a fresh one (never a value older than the bound)", async () => {
    vi.useFakeTimers();
    let reads = 0;
    const read = sharedRead(fresh(), 5_000, async () => ++reads);
    expect(await read.get()).toBe(1);
    vi.advanceTimersByTime(4_999);
    expect(await read.get()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await read.get()).toBe(2);
    expect(reads).toBe(2);
  });

  it("gives concurrent callers one read", async () => {
    let reads = 0;
    const read = sharedRead(fresh(), 5_000, async () => ++reads);
    expect(await Promise.all([read.get(), read.get(), read.get()])).toEqual([1, 1, 1]);
  });

  it("reads again after forget(), and does not keep a read that was under way when the write happened", async () => {
    let value = "before";
    let release: () => void = () => {};
    const read = sharedRead(fresh(), 60_000, () => {
      const seen = value;
      return new Promise<string>((resolve) => (release = () => resolve(seen)));
    });
    const early = read.get(); // read before the write, answered after it
    value = "after";
    read.forget();
    release();
    expect(await early).toBe("before");
    const next = read.get();
    release();
    expect(await next).toBe("after");
  });

  it("keeps no failure", async () => {
    let fail = true;
    const read = sharedRead(fresh(), 60_000, async () => {
      if (fail) throw new Error("down");
      return "up";
    });
    await expect(read.get()).rejects.toThrow("down");
    fail = false;
    await Promise.resolve();
    expect(await read.get()).toBe("up");
  });

  it("is one memo per name, whichever module layer asks (Next.js bundles a module once per layer)", async () => {
    const name = fresh();
    const a = sharedRead(name, 60_000, async () => "a");
    const b = sharedRead(name, 60_000, async () => "b");
    expect(await a.get()).toBe("a");
    expect(await b.get()).toBe("a");
    b.forget();
    expect(await a.get()).toBe("a");
    expect(await b.get()).toBe("a"); // a's read again, shared
  });
});
