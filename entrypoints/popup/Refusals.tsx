/**
 * A quiet line when the background refused messages it does not answer (a
 * page of another origin, an http page of the platform host, a request the
 * content script may not make). Nothing is shown while the count is 0.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RefusalRecord } from '../../lib/messaging';
import type { Send } from './api';

export function Refusals({ send }: { send: Send }) {
  const [seen, setSeen] = useState<{ count: number; last?: RefusalRecord }>({ count: 0 });
  useEffect(() => {
    void send({ type: 'security.refusals' }).then((answer) => {
      if (answer.type === 'security.refusals') setSeen({ count: answer.count, last: answer.last });
    });
  }, [send]);
  if (seen.count === 0) return null;
  const from = seen.last?.origin ? `，最近一次来自 ${seen.last.origin}` : '';
  return (
    <p class="refusals" role="note" data-count={seen.count} title={`The background refused ${seen.count} request(s) it does not answer.`}>
      扩展已拒绝 {seen.count} 个无权访问档案的请求{from}。档案没有被读取；若经常出现，说明平台页面上可能有不受信任的脚本。
    </p>
  );
}
