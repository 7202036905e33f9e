/**
 * "Showing results for harbour": said above the results when search corrected a misspelt word of the
 * query (the API returns the query as it searched it), so the collector knows why these works appear.
 */
export function SearchCorrection({ typed, corrected }: { typed: string; corrected: string }) {
  return (
    <p className="mb-4 text-sm text-ink-soft" data-testid="search-correction" role="status">
      Showing results for <strong className="font-semibold text-ink">{corrected}</strong>
      <span className="text-muted"> — “{typed}” matches nothing in the collection.</span>
    </p>
  );
}
