import type { ActionState } from "@/lib/http/action-state";

export function ActionMessage({ state }: { state: ActionState }) {
  if (!state) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "text-muted" : "text-danger"}`}>
      {state.message}
    </p>
  );
}
