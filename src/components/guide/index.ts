// Components available in every guide's MDX without an import line, so staff editing a guide
// write <Step …> or <WarningText> directly. Both the guide page and its print view pass this map.
// Its keys are exactly the allowlist the preflight checks bodies against (props.ts).
import WarningText from '../WarningText.astro';
import StepByStep from '../step-by-step/StepByStep.astro';
import Step from '../step-by-step/Step.astro';
import Checklist from './Checklist.astro';
import SmsMessage from './SmsMessage.astro';
import ScreenSketch from './ScreenSketch.astro';
import OfficialStoreQrs from './OfficialStoreQrs.astro';
import HotlineNote from './HotlineNote.astro';
import type { GuideComponentName } from './props';

export const guideComponents = { WarningText, StepByStep, Step, Checklist, SmsMessage, ScreenSketch, OfficialStoreQrs, HotlineNote } satisfies Record<GuideComponentName, unknown>;
