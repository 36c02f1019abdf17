// The top of the React tree: the visit brief route or the main window.
import { App } from '../../App';
import { BriefView } from './BriefView';
import { useBriefRoute } from './route';

export function Root() {
  const briefAccountId = useBriefRoute();
  return briefAccountId ? <BriefView accountId={briefAccountId} /> : <App />;
}
