// After the browser tests: the ward's deployment they built for themselves goes. Under `npm test`
// it is the build tests' one, and scripts/test.mjs removes it when the run ends.
import { removeWardDeployment } from './ward-deployment';

export default function teardown() {
  if (!process.env.VNEID_TEST_RUN) removeWardDeployment();
}
