// Demo data for a first run: filled in by the ingestion issue (through the ingestion code).
export async function loadDemoDataIfEmpty(): Promise<void> {}
