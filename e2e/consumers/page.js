// The README's library snippet and widget, as a new app writes them (copied into each consumer app as its main script).
import { createSteplight } from 'steplight';
import { configureSteplight } from 'steplight/widget';

// Right after the import, with a widget already in the HTML: never too late (here it changes nothing).
configureSteplight({});

const problem = 'Ava has 12 pens. She buys 7 more. How many pens does she have?';
const steps = ['12 + 7 = 19.', 'The answer is 19.'];
const out = document.getElementById('library-result');
// `?backend=wasm` picks a backend (the tests run both); the README's snippet leaves it to `auto`.
const backend = new URLSearchParams(location.search).get('backend') ?? 'auto';
document.getElementById('widget').setAttribute('backend', backend);

async function main() {
  const steplight = createSteplight();
  const model = await steplight.load({ kind: 'builtin' }, { backend });
  const result = await model.score(problem, steps);
  out.textContent = JSON.stringify({
    backend: model.info.backend,
    variant: model.info.variant,
    threads: model.info.threads,
    scores: result.steps.map((step) => step.score),
    firstError: result.firstError,
  });
}

main().catch((error) => {
  out.textContent = JSON.stringify({ error: { code: error.code ?? null, name: error.name, message: error.message } });
});
