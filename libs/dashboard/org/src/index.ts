// The organisation browser: unit tree and officials in the caller's scope.
export { OrgBrowserPage } from './components/org-browser-page';
