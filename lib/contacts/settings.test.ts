import { afterEach, describe, expect, it } from "vitest";
import { reloadEnv } from "@/lib/env";
import { getContactSettings } from "./settings";

const saved = process.env.DEFAULT_PHONE_REGION;
afterEach(() => {
  if (saved === undefined) delete process.env.DEFAULT_PHONE_REGION;
  else process.env.DEFAULT_PHONE_REGION = saved;
  reloadEnv();
});

describe("getContactSettings", () => {
  it("derives the settings once per configuration and again after the configuration is reloaded", () => {
    process.env.DEFAULT_PHONE_REGION = "GB";
    reloadEnv();
    const first = getContactSettings();
    expect(first.phoneRegion).toBe("GB");
    expect(getContactSettings()).toBe(first);
    process.env.DEFAULT_PHONE_REGION = "AE";
    reloadEnv();
    expect(getContactSettings().phoneRegion).toBe("AE");
  });
});
