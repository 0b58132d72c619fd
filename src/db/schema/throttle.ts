/** Request throttles (migration 0009): one row per throttled key, installation-wide. */
export interface RequestThrottleTable {
  key: string;
  hits: number;
  strikes: number;
  window_started_at: Date;
  last_hit_at: Date;
  blocked_until: Date | null;
}

export interface ThrottleTables {
  request_throttle: RequestThrottleTable;
}
