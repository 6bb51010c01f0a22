export default defineContentScript({
  matches: ['*://zcps.rlsbt.zj.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.zcpsAssistant = 'loaded';
  },
});
