import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/architecture.md, as lint enforces them: engine < scene < view < article <
 * app. A file may import from its own layer and those below, never from one above.
 */
const eslint = new ESLint({
  // The toy files exist in no tsconfig, and the layers need no types: lint them untyped.
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function problemsOf(file: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

describe('the layers', () => {
  it.each([
    ['src/engine/losses/toy.ts', "import { tidy } from '../../scene/model';"],
    ['src/scene/toy.ts', "import { counted } from '../view/format';"],
    ['src/view/toy.ts', "import { EXERCISES } from '../article/exercises/exercises';"],
    ['src/article/toy.ts', "import { App } from '../app/App';"],
  ])('%s may not import a layer above it', async (file, source) => {
    const problems = await problemsOf(
      file,
      `${source}\nexport const used = [${source.split(' ')[2]}];`,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('may not import');
  });

  it.each([
    ['src/app/toy.ts', "import { counted } from '../view/format';"],
    ['src/article/toy.ts', "import { defaultScene } from '../scene/defaultScene';"],
    ['src/view/toy.ts', "import { evaluate } from '../engine';"],
  ])('%s imports a layer below it', async (file, source) => {
    expect(await problemsOf(file, source)).toEqual([]);
  });

  it('outside the engine, the engine is reached through its index only', async () => {
    const problems = await problemsOf(
      'src/view/toy.ts',
      "import { pairCountOf } from '../engine/pairs';",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('import it through its index');
  });

  it('the page’s own files never import src/testing, its tests may', async () => {
    const source = "import { contrastive } from '../../testing/referenceLosses';";
    const page = await problemsOf('src/view/tabs/compare/toy.ts', source);
    expect(page).toHaveLength(1);
    expect(page[0]!.message).toContain('src/testing/ is for tests');
    expect(await problemsOf('src/view/tabs/compare/toy.test.ts', source)).toEqual([]);
  });

  it('the engine takes no UI library', async () => {
    const problems = await problemsOf('src/engine/toy.ts', "import { select } from 'd3';");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('The engine is pure: no D3.');
  });
});
