export function Notices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="rounded-md border border-(--chart-3)/50 bg-(--chart-3)/10 px-4 py-2 text-sm">
      <ul className="list-disc space-y-0.5 pl-4">
        {notices.map((notice) => <li key={notice}>{notice}</li>)}
      </ul>
    </div>
  );
}
