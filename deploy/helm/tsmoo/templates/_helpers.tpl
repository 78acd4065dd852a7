{{- define "tsmoo.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "tsmoo.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Environment shared by every tsmoo process. */}}
{{- define "tsmoo.env" -}}
{{- if .Values.existingSecret }}
- name: DATABASE_URL
  valueFrom: { secretKeyRef: { name: {{ .Values.existingSecret }}, key: DATABASE_URL } }
- name: REDIS_URL
  valueFrom: { secretKeyRef: { name: {{ .Values.existingSecret }}, key: REDIS_URL } }
- name: MOO_WIZARD_PASSWORD
  valueFrom: { secretKeyRef: { name: {{ .Values.existingSecret }}, key: MOO_WIZARD_PASSWORD } }
{{- else }}
- name: DATABASE_URL
  value: {{ .Values.databaseUrl | quote }}
- name: REDIS_URL
  value: {{ .Values.redisUrl | quote }}
- name: MOO_WIZARD_PASSWORD
  value: {{ .Values.wizardPassword | quote }}
{{- end }}
- name: MOO_QUEUE_PREFIX
  value: {{ .Values.queuePrefix | quote }}
- name: MOO_HEALTH_PORT
  value: {{ .Values.healthPort | quote }}
- name: MOO_DATA_DIR
  value: /data
{{- end -}}

{{- define "tsmoo.probes" -}}
readinessProbe:
  httpGet: { path: /healthz, port: {{ .Values.healthPort }} }
  periodSeconds: 10
livenessProbe:
  httpGet: { path: /healthz, port: {{ .Values.healthPort }} }
  initialDelaySeconds: 60
  periodSeconds: 10
  failureThreshold: 6
{{- end -}}
