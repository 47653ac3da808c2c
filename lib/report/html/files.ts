// The names of the files drawn from each profile, next to its .pb.gz; one
// place, so the producers and the report's links agree.

export function profileFiles(profileId: string): { pprof: string; speedscope: string; folded: string; flame: string; diff: string } {
  return {
    pprof: `${profileId}.pb.gz`,
    speedscope: `${profileId}.speedscope.json`,
    folded: `${profileId}.folded`,
    flame: `${profileId}.flamegraph.html`,
    diff: `${profileId}.diff.flamegraph.html`,
  };
}

/** The sample type the hotspots were ranked by, so graph and tables agree. */
export function rankedSampleType(hotspots: { profileId: string; sampleType?: string }[], profileId: string): string | undefined {
  return hotspots.find((h) => h.profileId === profileId)?.sampleType;
}
