import { onEraseAll } from '../data/erase';
import { clearTabDrafts } from '../ui/form-kit/tab-draft';

/**
 * The one link between "all data was erased" (src/data) and the form kit's per-tab drafts
 * (src/ui), which may not import each other (docs/architecture.md §1): made once when the app
 * starts, so every draft of this tab is emptied and its open forms reset whenever all data is
 * erased, here or in any other tab. No form module registers its own
 * (docs/decisions/form-kit-tab-drafts.md).
 */
export function clearDraftsOnErase(): () => void {
  return onEraseAll(clearTabDrafts);
}
