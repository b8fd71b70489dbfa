/**
 * npm run train:paraphrase: fits the same-facts model on MRPC's training pairs and prints its
 * 10-fold cross-validated accuracy. With --write it regenerates lib/analysis/paraphrase-model.ts
 * (coefficients only: no MRPC text is stored in the repository).
 */
import { warmLexicon } from "../lib/analysis/lexicon";
import { fitLogistic } from "../lib/analysis/logistic";
import { PAIR_FEATURES } from "../lib/analysis/paraphrase";
import { writeModel } from "./model-file";
import { crossValidate, formatScores, measureMrpc, score, FOLDS } from "./paraphrase-training";

warmLexicon();
const pairs = measureMrpc();
const labels = pairs.map((p) => p.label);
const held = crossValidate(pairs);
console.log(`MRPC train, ${pairs.length} pairs, ${FOLDS}-fold cross-validation`);
console.log(`  model alone:             ${formatScores(score(held.map((p) => p >= 0.5), labels))}`);
console.log(`  equivalent (as shipped): ${formatScores(score(held.map((p, i) => p >= 0.5 && pairs[i]?.aligned === true && pairs[i]?.flagged === false), labels))}`);
const model = fitLogistic(PAIR_FEATURES, pairs.map((p) => p.row), labels);
writeModel("lib/analysis/paraphrase-model.ts", "PARAPHRASE_MODEL", model, "npm run train:paraphrase -- --write", "MRPC's training pairs");
