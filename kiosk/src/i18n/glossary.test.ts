import { expect, it } from 'vitest';
import { GLOSSARY_AVOID, resourceStrings } from '@lobby/shared';
import { zh } from './zh.ts';
import { en } from './en.ts';

/** The kiosk and the mobile ticket page use no synonym the glossary rules out (issue 19 item 21). */
it('kiosk and mobile page words follow the glossary', () => {
  for (const text of resourceStrings(zh)) for (const avoid of GLOSSARY_AVOID.zh) expect(text).not.toContain(avoid);
  for (const text of resourceStrings(en)) for (const avoid of GLOSSARY_AVOID.en) expect(text).not.toContain(avoid);
});
