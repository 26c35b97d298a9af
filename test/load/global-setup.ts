import { existsSync, readFileSync, rmSync } from "node:fs";
import { FIGURES_FILE } from "./support/figures";

/** Starts the stage with no figures from an earlier run, and prints this run's at the end. */
export default function setup(): () => void {
  rmSync(FIGURES_FILE, { force: true });
  return () => {
    if (!existsSync(FIGURES_FILE)) return;
    console.log(`\nLoad and fault figures (${FIGURES_FILE}):\n${readFileSync(FIGURES_FILE, "utf8")}`);
  };
}
