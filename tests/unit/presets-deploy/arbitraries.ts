import fc from 'fast-check';
import { checkPolicyValues, type PolicyObject, type PolicyValues } from '../../../src/core/presets/deploy';

/** Text that leans on the characters each format has to escape, plus anything printable. */
export const awkwardText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '"',
      '\\',
      "'",
      '<',
      '>',
      '&',
      ';',
      '=',
      '[',
      ']',
      '\n',
      '\r',
      '\t',
      ' ',
      'a',
      'Z',
      '0',
      'é',
      'ß',
      '日',
      '😀',
      '\u2028',
      '&amp;',
      '\\"',
    ),
  }),
  fc.string({ unit: 'grapheme' }),
  fc.string(),
);

const key = awkwardText.filter((k) => k !== '__proto__');

const leaf = fc.oneof(
  awkwardText,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
);

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 4, noNullPrototype: true }),
  ),
}));

const settingsObject: fc.Arbitrary<PolicyObject> = fc.dictionary(key, tree, { maxKeys: 5, noNullPrototype: true });

/** Policy values every format can carry (checkPolicyValues finds nothing wrong with them). */
export const policyValues: fc.Arbitrary<PolicyValues> = fc
  .record(
    {
      organization: awkwardText,
      enforced: settingsObject,
      defaults: settingsObject,
      checklistItems: fc.array(tree, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  )
  .filter((p) => checkPolicyValues(p).length === 0);

export const extensionId = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnop'), minLength: 32, maxLength: 32 });
