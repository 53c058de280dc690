"use client";

import { useState } from "react";
import { Field, Input, Select } from "@/components/ui/input";
import { RANGE_LABELS, RANGE_PRESETS, type RangePreset } from "@/lib/calls/date-range";
import { FILTER_PARAMS } from "@/lib/calls/filters";

/**
 * Preset and custom days stay consistent: dates win over a preset in the URL, so picking a preset
 * clears them, and typing a date switches the preset to "Custom range".
 */
export function RangeFields({ preset, from, to }: { preset: RangePreset; from: string; to: string }) {
  const [range, setRange] = useState({ preset, from, to });
  return (
    <>
      <Field label="Date range" htmlFor="filter-range">
        <Select
          id="filter-range"
          name={FILTER_PARAMS.range}
          value={range.preset}
          onChange={(event) => {
            const next = RANGE_PRESETS.find((p) => p === event.target.value) ?? "all";
            setRange(next === "custom" ? { ...range, preset: next } : { preset: next, from: "", to: "" });
          }}
        >
          {RANGE_PRESETS.map((p) => <option key={p} value={p}>{RANGE_LABELS[p]}</option>)}
        </Select>
      </Field>
      <Field label="From" htmlFor="filter-from">
        <Input id="filter-from" type="date" name={FILTER_PARAMS.from} value={range.from} onChange={(e) => setRange({ ...range, preset: "custom", from: e.target.value })} />
      </Field>
      <Field label="To" htmlFor="filter-to">
        <Input id="filter-to" type="date" name={FILTER_PARAMS.to} value={range.to} onChange={(e) => setRange({ ...range, preset: "custom", to: e.target.value })} />
      </Field>
    </>
  );
}
