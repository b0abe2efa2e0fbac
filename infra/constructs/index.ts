export { type DataFile, RUNTIME_DATA_FILES } from './bundling';
export { Dashboard } from './dashboard';
export { deliveryMetric, functionMetric } from './metrics';
export { acknowledgeNag } from './nag';
export { OpsAlarms } from './ops-alarms';
export { QueueWithDlq, tocsinQueue } from './queue-with-dlq';
export { FAILURE_METRICS_FILTER, StreamConsumer } from './stream-consumer';
export { TocsinFunction } from './tocsin-function';
export { TocsinTable } from './tocsin-table';
