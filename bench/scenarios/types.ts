export interface ScenarioOptions {
  /** Fewer and shorter rounds, for trying the harness. */
  quick: boolean;
  /** Run the gateway under `node --cpu-prof` and summarise where its time goes. */
  profile: boolean;
  log: (line: string) => void;
}

export interface ScenarioOutput {
  text: string;
  /** The JSON written to bench/results/. */
  file: string;
  summary: Record<string, unknown>;
}
