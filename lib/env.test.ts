import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies the documented defaults to an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      DATABASE_POOL_SIZE: 10,
      INGEST_POOL_SIZE: 16,
      READ_STATEMENT_TIMEOUT_MS: 10_000,
      EXPORT_CONCURRENCY: 2,
      DEMO_DATA: true,
      WEBHOOK_MAX_BODY_BYTES: 1024 * 1024,
      DASHBOARD_TIMEZONE: "UTC",
      EMBEDDED_POSTGRES_DIR: ".data/postgres",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.LEVERS_WEBHOOK_SECRET).toBeUndefined();
  });

  it("accepts valid values and splits several webhook secrets", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://u:p@db:5432/calls",
      LEVERS_WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, whsec_b2xk",
      DASHBOARD_TIMEZONE: "Europe/Berlin",
      DEMO_DATA: "false",
      RECORDING_URL_TEMPLATE: "https://recordings.example.com/{bucket}/{key}",
    });
    expect(env.LEVERS_WEBHOOK_SECRET).toEqual(["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_b2xk"]);
    expect(env.DEMO_DATA).toBe(false);
    expect(env.DASHBOARD_TIMEZONE).toBe("Europe/Berlin");
  });

  it("treats blank values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "  ", LEVERS_WEBHOOK_SECRET: "", DASHBOARD_TIMEZONE: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.LEVERS_WEBHOOK_SECRET).toBeUndefined();
    expect(env.DASHBOARD_TIMEZONE).toBe("UTC");
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/db", "postgresql://"],
    ["DASHBOARD_TIMEZONE", "Mars/Olympus", "IANA time zone"],
    ["LEVERS_WEBHOOK_SECRET", "not-a-secret", "whsec_"],
    ["WEBHOOK_MAX_BODY_BYTES", "lots", "whole number"],
    ["DATABASE_POOL_SIZE", "0", "at least 1"],
    ["DEMO_DATA", "maybe", "true or false"],
    ["RECORDING_URL_TEMPLATE", "https://host/recording", "{key}"],
  ])("rejects %s=%s naming the variable and what it expects", (name, value, expected) => {
    let error: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as Error).message).toContain(`${name}:`);
    expect((error as Error).message).toContain(expected);
  });
});
