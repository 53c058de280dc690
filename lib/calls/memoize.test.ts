import { describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { memoize } from "./memoize";

describe("memoize", () => {
  it("serves a cached value, then the stale one while one reload runs", async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const cached = memoize(1000, async () => ++calls);
      const where = Prisma.sql`x = ${1}`;
      expect(await cached("a", where)).toBe(1);
      expect(await cached("a", where)).toBe(1);
      expect(await cached("a", Prisma.sql`x = ${2}`)).toBe(2);
      vi.advanceTimersByTime(1500);
      expect(await cached("a", where)).toBe(1); // stale, reloading
      expect(await cached("a", where)).toBe(3); // the reload has landed
      expect(calls).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("forgets failures", async () => {
    let fail = true;
    const cached = memoize(1000, async () => {
      if (fail) throw new Error("down");
      return "up";
    });
    await expect(cached("a", Prisma.sql`TRUE`)).rejects.toThrow("down");
    fail = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cached("a", Prisma.sql`TRUE`)).toBe("up");
  });
});

describe("memoize: one query at a time", () => {
  it("gives N concurrent callers of a cold key one load, and N callers of a stale key the old value and one reload", async () => {
    vi.useFakeTimers();
    try {
      let loads = 0;
      let finish: (value: number) => void = () => {};
      const cached = memoize(1000, () => {
        loads++;
        return new Promise<number>((resolve) => (finish = resolve));
      });
      const where = Prisma.sql`TRUE`;
      const cold = Array.from({ length: 20 }, () => cached("a", where));
      expect(loads).toBe(1);
      finish(1);
      expect(await Promise.all(cold)).toEqual(Array(20).fill(1));

      vi.advanceTimersByTime(1500);
      const stale = await Promise.all(Array.from({ length: 20 }, () => cached("a", where)));
      expect(stale).toEqual(Array(20).fill(1)); // nobody waits for the reload
      expect(loads).toBe(2);
      finish(2);
      await Promise.resolve();
      await Promise.resolve();
      expect(await cached("a", where)).toBe(2);
      expect(loads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("memoize by name", () => {
  it("shares one memo between two copies of the same module (the warm-up fills the pages' memo)", async () => {
    let calls = 0;
    const name = `shared-${Math.random()}`;
    const warmUp = memoize(1000, async () => ++calls, name);
    const page = memoize(1000, async () => ++calls, name);
    expect(await warmUp("a", Prisma.sql`TRUE`)).toBe(1);
    expect(await page("a", Prisma.sql`TRUE`)).toBe(1);
    expect(await memoize(1000, async () => ++calls)("a", Prisma.sql`TRUE`)).toBe(2); // unnamed: its own
  });
});
