// Copied from samples made by the real OpenTelemetry Python SDK 1.45.2 and Langfuse 5.0.4 (see the
// project's sample notes); JSON bodies are compacted, the protobuf body is byte for byte.

/// Fixtures for the OTLP decoder tests.
enum OTLPSamples {
    /// The body opentelemetry-exporter-otlp-proto-http 1.45.2 POSTed to /v1/traces (5247 bytes).
    static let protobufTracesBase64 = """
        CvwoCo8CCiIKFnRlbGVtZXRyeS5zZGsubGFuZ3VhZ2USCAoGcHl0aG9uCiUKEnRlbGVtZXRyeS5zZGsubmFtZRIPCg1vcGVudGVsZW1ldHJ5Ci
        EKFXRlbGVtZXRyeS5zZGsudmVyc2lvbhIICgYxLjQ1LjIKPQoTc2VydmljZS5pbnN0YW5jZS5pZBImCiQ1NTkxMjU5MC03YjhkLTQ1OTgtYjI5
        Mi03MzZkYmM4MGRhM2MKHQoMc2VydmljZS5uYW1lEg0KC3N1cHBvcnQtYm90ChoKD3NlcnZpY2UudmVyc2lvbhIHCgUxLjQuMgolChtkZXBsb3
        ltZW50LmVudmlyb25tZW50Lm5hbWUSBgoEcHJvZBLnJgoWCg1vcHN0b3Auc2FtcGxlEgUwLjEuMBLEBwoQBhVEPrKGZnTh1J28gJHEeBIIGX7v
        E+qDlPIiCEHXwk3u1x6CKhBjaGF0IGdwdC00by1taW5pMAM5wBkAhVep6hhBwHsRt1ep6hhKHwoVZ2VuX2FpLm9wZXJhdGlvbi5uYW1lEgYKBG
        NoYXRKIAoUZ2VuX2FpLnByb3ZpZGVyLm5hbWUSCAoGb3BlbmFpSiUKFGdlbl9haS5yZXF1ZXN0Lm1vZGVsEg0KC2dwdC00by1taW5pSjkKFmdl
        bl9haS5jb252ZXJzYXRpb24uaWQSHwodY29udl81ajY2VXBDcHd0ZUdnNFlTeFVudDdsUFlKJwoaZ2VuX2FpLnJlcXVlc3QudGVtcGVyYXR1cm
        USCSGamZmZmZnJP0ogChlnZW5fYWkucmVxdWVzdC5tYXhfdG9rZW5zEgMYgARKIgoOc2VydmVyLmFkZHJlc3MSEAoOYXBpLm9wZW5haS5jb21K
        EgoLc2VydmVyLnBvcnQSAxi7A0oxChVnZW5fYWkucmVzcG9uc2UubW9kZWwSGAoWZ3B0LTRvLW1pbmktMjAyNC0wNy0xOEolChJnZW5fYWkucm
        VzcG9uc2UuaWQSDwoNY2hhdGNtcGwtOXhZekoyCh5nZW5fYWkucmVzcG9uc2UuZmluaXNoX3JlYXNvbnMSECoOCgwKCnRvb2xfY2FsbHNKIAoZ
        Z2VuX2FpLnVzYWdlLmlucHV0X3Rva2VucxIDGJwDSiAKGmdlbl9haS51c2FnZS5vdXRwdXRfdG9rZW5zEgIYJkorCiRnZW5fYWkudXNhZ2UuY2
        FjaGVfcmVhZC5pbnB1dF90b2tlbnMSAxiAAkptChVnZW5fYWkuaW5wdXQubWVzc2FnZXMSVApSW3sicm9sZSI6ICJ1c2VyIiwgInBhcnRzIjog
        W3sidHlwZSI6ICJ0ZXh0IiwgImNvbnRlbnQiOiAiV2hlcmUgaXMgb3JkZXIgMTIzND8ifV19XUrXAQoWZ2VuX2FpLm91dHB1dC5tZXNzYWdlcx
        K8AQq5AVt7InJvbGUiOiAiYXNzaXN0YW50IiwgInBhcnRzIjogW3sidHlwZSI6ICJ0b29sX2NhbGwiLCAiaWQiOiAiY2FsbF9tc3p1U0l6cXRJ
        NjVpMXdBVU9FOHc1SDQiLCAibmFtZSI6ICJsb29rdXBfb3JkZXIiLCAiYXJndW1lbnRzIjogeyJvcmRlcl9pZCI6ICIxMjM0In19XSwgImZpbm
        lzaF9yZWFzb24iOiAidG9vbF9jYWxsIn1degCFAQABAAASgQMKEAYVRD6yhmZ04dSdvICRxHgSCMyJ7ACK6NuZIghB18JN7tcegioZZXhlY3V0
        ZV90b29sIGxvb2t1cF9vcmRlcjABOUAAMLdXqeoYQYB0Wr9XqeoYSicKFWdlbl9haS5vcGVyYXRpb24ubmFtZRIOCgxleGVjdXRlX3Rvb2xKIg
        oQZ2VuX2FpLnRvb2wubmFtZRIOCgxsb29rdXBfb3JkZXJKHgoQZ2VuX2FpLnRvb2wudHlwZRIKCghmdW5jdGlvbko2ChNnZW5fYWkudG9vbC5j
        YWxsLmlkEh8KHWNhbGxfbXN6dVNJenF0STY1aTF3QVVPRTh3NUg0SjQKGmdlbl9haS50b29sLmNhbGwuYXJndW1lbnRzEhYKFHsib3JkZXJfaW
        QiOiAiMTIzNCJ9SkcKF2dlbl9haS50b29sLmNhbGwucmVzdWx0EiwKKnsic3RhdHVzIjogInNoaXBwZWQiLCAiZXRhIjogIjIwMjUtMTAtMDMi
        fXoAhQEAAQAAErUHChAGFUQ+soZmdOHUnbyAkcR4Egg8vUc6UPL2jSIIQdfCTe7XHoIqEGNoYXQgZ3B0LTRvLW1pbmkwAzkA+Xi/V6nqGEGAG5
        gHWKnqGEofChVnZW5fYWkub3BlcmF0aW9uLm5hbWUSBgoEY2hhdEogChRnZW5fYWkucHJvdmlkZXIubmFtZRIICgZvcGVuYWlKJQoUZ2VuX2Fp
        LnJlcXVlc3QubW9kZWwSDQoLZ3B0LTRvLW1pbmlKOQoWZ2VuX2FpLmNvbnZlcnNhdGlvbi5pZBIfCh1jb252XzVqNjZVcENwd3RlR2c0WVN4VW
        50N2xQWUonChpnZW5fYWkucmVxdWVzdC50ZW1wZXJhdHVyZRIJIZqZmZmZmck/SiAKGWdlbl9haS5yZXF1ZXN0Lm1heF90b2tlbnMSAxiABEoi
        Cg5zZXJ2ZXIuYWRkcmVzcxIQCg5hcGkub3BlbmFpLmNvbUoSCgtzZXJ2ZXIucG9ydBIDGLsDSjEKFWdlbl9haS5yZXNwb25zZS5tb2RlbBIYCh
        ZncHQtNG8tbWluaS0yMDI0LTA3LTE4SiUKEmdlbl9haS5yZXNwb25zZS5pZBIPCg1jaGF0Y21wbC05eFl6SiwKHmdlbl9haS5yZXNwb25zZS5m
        aW5pc2hfcmVhc29ucxIKKggKBgoEc3RvcEogChlnZW5fYWkudXNhZ2UuaW5wdXRfdG9rZW5zEgMY8gNKIAoaZ2VuX2FpLnVzYWdlLm91dHB1dF
        90b2tlbnMSAhg9SisKJGdlbl9haS51c2FnZS5jYWNoZV9yZWFkLmlucHV0X3Rva2VucxIDGIADSqQBChVnZW5fYWkuaW5wdXQubWVzc2FnZXMS
        igEKhwFbeyJyb2xlIjogInRvb2wiLCAicGFydHMiOiBbeyJ0eXBlIjogInRvb2xfY2FsbF9yZXNwb25zZSIsICJpZCI6ICJjYWxsX21zenVTSX
        pxdEk2NWkxd0FVT0U4dzVINCIsICJyZXNwb25zZSI6IHsic3RhdHVzIjogInNoaXBwZWQifX1dfV1KlgEKFmdlbl9haS5vdXRwdXQubWVzc2Fn
        ZXMSfAp6W3sicm9sZSI6ICJhc3Npc3RhbnQiLCAicGFydHMiOiBbeyJ0eXBlIjogInRleHQiLCAiY29udGVudCI6ICJZb3VyIG9yZGVyIHNoaX
        BwZWQ7IEVUQSBPY3QgMy4ifV0sICJmaW5pc2hfcmVhc29uIjogInN0b3AifV16AIUBAAEAABLUAgoQBhVEPrKGZnTh1J28gJHEeBIIQdfCTe7X
        HoIqGGludm9rZV9hZ2VudCBzdXBwb3J0X2JvdDABOQBT0oRXqeoYQYAk1QdYqeoYSicKFWdlbl9haS5vcGVyYXRpb24ubmFtZRIOCgxpbnZva2
        VfYWdlbnRKIgoRZ2VuX2FpLmFnZW50Lm5hbWUSDQoLc3VwcG9ydF9ib3RKIAoUZ2VuX2FpLnByb3ZpZGVyLm5hbWUSCAoGb3BlbmFpSjkKFmdl
        bl9haS5jb252ZXJzYXRpb24uaWQSHwodY29udl81ajY2VXBDcHd0ZUdnNFlTeFVudDdsUFlKEgoHdXNlci5pZBIHCgV1XzEyM0ogChlnZW5fYW
        kudXNhZ2UuaW5wdXRfdG9rZW5zEgMYjgdKIAoaZ2VuX2FpLnVzYWdlLm91dHB1dF90b2tlbnMSAhhjegCFAQABAAASyQQKEB8tMngjwGTjdat3
        q9PYStQSCLuALhTuU9nZIgh8bGr08MnGnioQY2hhdCBncHQtNG8tbWluaTADOQAOwSVYqeoYQYD+uyhYqeoYSh8KFWdlbl9haS5vcGVyYXRpb2
        4ubmFtZRIGCgRjaGF0SiAKFGdlbl9haS5wcm92aWRlci5uYW1lEggKBm9wZW5haUolChRnZW5fYWkucmVxdWVzdC5tb2RlbBINCgtncHQtNG8t
        bWluaUo5ChZnZW5fYWkuY29udmVyc2F0aW9uLmlkEh8KHWNvbnZfNWo2NlVwQ3B3dGVHZzRZU3hVbnQ3bFBZSicKGmdlbl9haS5yZXF1ZXN0Ln
        RlbXBlcmF0dXJlEgkhmpmZmZmZyT9KIAoZZ2VuX2FpLnJlcXVlc3QubWF4X3Rva2VucxIDGIAESiIKDnNlcnZlci5hZGRyZXNzEhAKDmFwaS5v
        cGVuYWkuY29tShIKC3NlcnZlci5wb3J0EgMYuwNKIwoKZXJyb3IudHlwZRIVChNyYXRlX2xpbWl0X2V4Y2VlZGVkWowBCYD+uyhYqeoYEglleG
        NlcHRpb24aKQoOZXhjZXB0aW9uLnR5cGUSFwoVb3BlbmFpLlJhdGVMaW1pdEVycm9yGksKEWV4Y2VwdGlvbi5tZXNzYWdlEjYKNEVycm9yIGNv
        ZGU6IDQyOSAtIFJhdGUgbGltaXQgcmVhY2hlZCBmb3IgZ3B0LTRvLW1pbml6GRIVNDI5IFRvbyBNYW55IFJlcXVlc3RzGAKFAQABAAASpQcKEB
        8tMngjwGTjdat3q9PYStQSCGm+iN9Ln969Igh8bGr08MnGnioQY2hhdCBncHQtNG8tbWluaTADOYDIVmRYqeoYQYCVrYtYqeoYSh8KFWdlbl9h
        aS5vcGVyYXRpb24ubmFtZRIGCgRjaGF0SiAKFGdlbl9haS5wcm92aWRlci5uYW1lEggKBm9wZW5haUolChRnZW5fYWkucmVxdWVzdC5tb2RlbB
        INCgtncHQtNG8tbWluaUo5ChZnZW5fYWkuY29udmVyc2F0aW9uLmlkEh8KHWNvbnZfNWo2NlVwQ3B3dGVHZzRZU3hVbnQ3bFBZSicKGmdlbl9h
        aS5yZXF1ZXN0LnRlbXBlcmF0dXJlEgkhmpmZmZmZyT9KIAoZZ2VuX2FpLnJlcXVlc3QubWF4X3Rva2VucxIDGIAESiIKDnNlcnZlci5hZGRyZX
        NzEhAKDmFwaS5vcGVuYWkuY29tShIKC3NlcnZlci5wb3J0EgMYuwNKMQoVZ2VuX2FpLnJlc3BvbnNlLm1vZGVsEhgKFmdwdC00by1taW5pLTIw
        MjQtMDctMThKJQoSZ2VuX2FpLnJlc3BvbnNlLmlkEg8KDWNoYXRjbXBsLTl4WXpKMgoeZ2VuX2FpLnJlc3BvbnNlLmZpbmlzaF9yZWFzb25zEh
        AqDgoMCgp0b29sX2NhbGxzSiAKGWdlbl9haS51c2FnZS5pbnB1dF90b2tlbnMSAxj8AkogChpnZW5fYWkudXNhZ2Uub3V0cHV0X3Rva2VucxIC
        GBZKKgokZ2VuX2FpLnVzYWdlLmNhY2hlX3JlYWQuaW5wdXRfdG9rZW5zEgIYAEpoChVnZW5fYWkuaW5wdXQubWVzc2FnZXMSTwpNW3sicm9sZS
        I6ICJ1c2VyIiwgInBhcnRzIjogW3sidHlwZSI6ICJ0ZXh0IiwgImNvbnRlbnQiOiAiQ2FuY2VsIG9yZGVyIDk5In1dfV1KvgEKFmdlbl9haS5v
        dXRwdXQubWVzc2FnZXMSowEKoAFbeyJyb2xlIjogImFzc2lzdGFudCIsICJwYXJ0cyI6IFt7InR5cGUiOiAidG9vbF9jYWxsIiwgImlkIjogIm
        NhbGxfMiIsICJuYW1lIjogImNhbmNlbF9vcmRlciIsICJhcmd1bWVudHMiOiB7Im9yZGVyX2lkIjogIjk5In19XSwgImZpbmlzaF9yZWFzb24i
        OiAidG9vbF9jYWxsIn1degCFAQABAAAS5gMKEB8tMngjwGTjdat3q9PYStQSCNT8wJcUnLPxIgh8bGr08MnGnioZZXhlY3V0ZV90b29sIGNhbm
        NlbF9vcmRlcjABOYCVrYtYqeoYQYASiDhZqeoYSicKFWdlbl9haS5vcGVyYXRpb24ubmFtZRIOCgxleGVjdXRlX3Rvb2xKIgoQZ2VuX2FpLnRv
        b2wubmFtZRIOCgxjYW5jZWxfb3JkZXJKHgoQZ2VuX2FpLnRvb2wudHlwZRIKCghmdW5jdGlvbko2ChNnZW5fYWkudG9vbC5jYWxsLmlkEh8KHW
        NhbGxfbXN6dVNJenF0STY1aTF3QVVPRTh3NUg0SjIKGmdlbl9haS50b29sLmNhbGwuYXJndW1lbnRzEhQKEnsib3JkZXJfaWQiOiAiOTkifUoi
        CgplcnJvci50eXBlEhQKEmRiX2Nvbm5lY3Rpb25fbG9zdFp0CYASiDhZqeoYEglleGNlcHRpb24aLAoOZXhjZXB0aW9uLnR5cGUSGgoYcHN5Y2
        9wZy5PcGVyYXRpb25hbEVycm9yGjAKEWV4Y2VwdGlvbi5tZXNzYWdlEhsKGWNvbm5lY3Rpb24gdG8gc2VydmVyIGxvc3R6FhISREIgY29ubmVj
        dGlvbiBsb3N0GAKFAQABAAASlQIKEB8tMngjwGTjdat3q9PYStQSCHxsavTwycaeKhhpbnZva2VfYWdlbnQgc3VwcG9ydF9ib3QwATmAiaIlWK
        nqGEFA2bU4WanqGEonChVnZW5fYWkub3BlcmF0aW9uLm5hbWUSDgoMaW52b2tlX2FnZW50SiIKEWdlbl9haS5hZ2VudC5uYW1lEg0KC3N1cHBv
        cnRfYm90SiAKFGdlbl9haS5wcm92aWRlci5uYW1lEggKBm9wZW5haUoSCgd1c2VyLmlkEgcKBXVfNDU2SiIKCmVycm9yLnR5cGUSFAoSZGJfY2
        9ubmVjdGlvbl9sb3N0ehwSGHRvb2wgY2FuY2VsX29yZGVyIGZhaWxlZBgChQEAAQAA
        """

    /// The protobuf body above, written as OTLP/JSON (ids as hex).
    static let protobufTracesAsJSON = #"""
        {
         "resourceSpans": [
          {
           "resource": {
            "attributes": [
             {
              "key": "telemetry.sdk.language",
              "value": {
               "stringValue": "python"
              }
             },
             {
              "key": "telemetry.sdk.name",
              "value": {
               "stringValue": "opentelemetry"
              }
             },
             {
              "key": "telemetry.sdk.version",
              "value": {
               "stringValue": "1.45.2"
              }
             },
             {
              "key": "service.instance.id",
              "value": {
               "stringValue": "55912590-7b8d-4598-b292-736dbc80da3c"
              }
             },
             {
              "key": "service.name",
              "value": {
               "stringValue": "support-bot"
              }
             },
             {
              "key": "service.version",
              "value": {
               "stringValue": "1.4.2"
              }
             },
             {
              "key": "deployment.environment.name",
              "value": {
               "stringValue": "prod"
              }
             }
            ]
           },
           "scopeSpans": [
            {
             "scope": {
              "name": "opstop.sample",
              "version": "0.1.0"
             },
             "spans": [
              {
               "traceId": "0615443eb2866674e1d49dbc8091c478",
               "spanId": "197eef13ea8394f2",
               "parentSpanId": "41d7c24deed71e82",
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433594819189184",
               "endTimeUnixNano": "1795433595659189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "gen_ai.response.model",
                 "value": {
                  "stringValue": "gpt-4o-mini-2024-07-18"
                 }
                },
                {
                 "key": "gen_ai.response.id",
                 "value": {
                  "stringValue": "chatcmpl-9xYz"
                 }
                },
                {
                 "key": "gen_ai.response.finish_reasons",
                 "value": {
                  "arrayValue": {
                   "values": [
                    {
                     "stringValue": "tool_calls"
                    }
                   ]
                  }
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "412"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "38"
                 }
                },
                {
                 "key": "gen_ai.usage.cache_read.input_tokens",
                 "value": {
                  "intValue": "256"
                 }
                },
                {
                 "key": "gen_ai.input.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"content\": \"Where is order 1234?\"}]}]"
                 }
                },
                {
                 "key": "gen_ai.output.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"call_mszuSIzqtI65i1wAUOE8w5H4\", \"name\": \"lookup_order\", \"arguments\": {\"order_id\": \"1234\"}}], \"finish_reason\": \"tool_call\"}]"
                 }
                }
               ],
               "status": {},
               "flags": 256
              },
              {
               "traceId": "0615443eb2866674e1d49dbc8091c478",
               "spanId": "cc89ec008ae8db99",
               "parentSpanId": "41d7c24deed71e82",
               "name": "execute_tool lookup_order",
               "kind": 1,
               "startTimeUnixNano": "1795433595661189184",
               "endTimeUnixNano": "1795433595798189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "execute_tool"
                 }
                },
                {
                 "key": "gen_ai.tool.name",
                 "value": {
                  "stringValue": "lookup_order"
                 }
                },
                {
                 "key": "gen_ai.tool.type",
                 "value": {
                  "stringValue": "function"
                 }
                },
                {
                 "key": "gen_ai.tool.call.id",
                 "value": {
                  "stringValue": "call_mszuSIzqtI65i1wAUOE8w5H4"
                 }
                },
                {
                 "key": "gen_ai.tool.call.arguments",
                 "value": {
                  "stringValue": "{\"order_id\": \"1234\"}"
                 }
                },
                {
                 "key": "gen_ai.tool.call.result",
                 "value": {
                  "stringValue": "{\"status\": \"shipped\", \"eta\": \"2025-10-03\"}"
                 }
                }
               ],
               "status": {},
               "flags": 256
              },
              {
               "traceId": "0615443eb2866674e1d49dbc8091c478",
               "spanId": "3cbd473a50f2f68d",
               "parentSpanId": "41d7c24deed71e82",
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433595800189184",
               "endTimeUnixNano": "1795433597010189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "gen_ai.response.model",
                 "value": {
                  "stringValue": "gpt-4o-mini-2024-07-18"
                 }
                },
                {
                 "key": "gen_ai.response.id",
                 "value": {
                  "stringValue": "chatcmpl-9xYz"
                 }
                },
                {
                 "key": "gen_ai.response.finish_reasons",
                 "value": {
                  "arrayValue": {
                   "values": [
                    {
                     "stringValue": "stop"
                    }
                   ]
                  }
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "498"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "61"
                 }
                },
                {
                 "key": "gen_ai.usage.cache_read.input_tokens",
                 "value": {
                  "intValue": "384"
                 }
                },
                {
                 "key": "gen_ai.input.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"tool\", \"parts\": [{\"type\": \"tool_call_response\", \"id\": \"call_mszuSIzqtI65i1wAUOE8w5H4\", \"response\": {\"status\": \"shipped\"}}]}]"
                 }
                },
                {
                 "key": "gen_ai.output.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"text\", \"content\": \"Your order shipped; ETA Oct 3.\"}], \"finish_reason\": \"stop\"}]"
                 }
                }
               ],
               "status": {},
               "flags": 256
              },
              {
               "traceId": "0615443eb2866674e1d49dbc8091c478",
               "spanId": "41d7c24deed71e82",
               "name": "invoke_agent support_bot",
               "kind": 1,
               "startTimeUnixNano": "1795433594816189184",
               "endTimeUnixNano": "1795433597014189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "invoke_agent"
                 }
                },
                {
                 "key": "gen_ai.agent.name",
                 "value": {
                  "stringValue": "support_bot"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "user.id",
                 "value": {
                  "stringValue": "u_123"
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "910"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "99"
                 }
                }
               ],
               "status": {},
               "flags": 256
              },
              {
               "traceId": "1f2d327823c064e375ab77abd3d84ad4",
               "spanId": "bb802e14ee53d9d9",
               "parentSpanId": "7c6c6af4f0c9c69e",
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433597516189184",
               "endTimeUnixNano": "1795433597566189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "error.type",
                 "value": {
                  "stringValue": "rate_limit_exceeded"
                 }
                }
               ],
               "events": [
                {
                 "timeUnixNano": "1795433597566189184",
                 "name": "exception",
                 "attributes": [
                  {
                   "key": "exception.type",
                   "value": {
                    "stringValue": "openai.RateLimitError"
                   }
                  },
                  {
                   "key": "exception.message",
                   "value": {
                    "stringValue": "Error code: 429 - Rate limit reached for gpt-4o-mini"
                   }
                  }
                 ]
                }
               ],
               "status": {
                "message": "429 Too Many Requests",
                "code": 2
               },
               "flags": 256
              },
              {
               "traceId": "1f2d327823c064e375ab77abd3d84ad4",
               "spanId": "69be88df4b9fdebd",
               "parentSpanId": "7c6c6af4f0c9c69e",
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433598566189184",
               "endTimeUnixNano": "1795433599226189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "gen_ai.response.model",
                 "value": {
                  "stringValue": "gpt-4o-mini-2024-07-18"
                 }
                },
                {
                 "key": "gen_ai.response.id",
                 "value": {
                  "stringValue": "chatcmpl-9xYz"
                 }
                },
                {
                 "key": "gen_ai.response.finish_reasons",
                 "value": {
                  "arrayValue": {
                   "values": [
                    {
                     "stringValue": "tool_calls"
                    }
                   ]
                  }
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "380"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "22"
                 }
                },
                {
                 "key": "gen_ai.usage.cache_read.input_tokens",
                 "value": {
                  "intValue": "0"
                 }
                },
                {
                 "key": "gen_ai.input.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"content\": \"Cancel order 99\"}]}]"
                 }
                },
                {
                 "key": "gen_ai.output.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"call_2\", \"name\": \"cancel_order\", \"arguments\": {\"order_id\": \"99\"}}], \"finish_reason\": \"tool_call\"}]"
                 }
                }
               ],
               "status": {},
               "flags": 256
              },
              {
               "traceId": "1f2d327823c064e375ab77abd3d84ad4",
               "spanId": "d4fcc097149cb3f1",
               "parentSpanId": "7c6c6af4f0c9c69e",
               "name": "execute_tool cancel_order",
               "kind": 1,
               "startTimeUnixNano": "1795433599226189184",
               "endTimeUnixNano": "1795433602126189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "execute_tool"
                 }
                },
                {
                 "key": "gen_ai.tool.name",
                 "value": {
                  "stringValue": "cancel_order"
                 }
                },
                {
                 "key": "gen_ai.tool.type",
                 "value": {
                  "stringValue": "function"
                 }
                },
                {
                 "key": "gen_ai.tool.call.id",
                 "value": {
                  "stringValue": "call_mszuSIzqtI65i1wAUOE8w5H4"
                 }
                },
                {
                 "key": "gen_ai.tool.call.arguments",
                 "value": {
                  "stringValue": "{\"order_id\": \"99\"}"
                 }
                },
                {
                 "key": "error.type",
                 "value": {
                  "stringValue": "db_connection_lost"
                 }
                }
               ],
               "events": [
                {
                 "timeUnixNano": "1795433602126189184",
                 "name": "exception",
                 "attributes": [
                  {
                   "key": "exception.type",
                   "value": {
                    "stringValue": "psycopg.OperationalError"
                   }
                  },
                  {
                   "key": "exception.message",
                   "value": {
                    "stringValue": "connection to server lost"
                   }
                  }
                 ]
                }
               ],
               "status": {
                "message": "DB connection lost",
                "code": 2
               },
               "flags": 256
              },
              {
               "traceId": "1f2d327823c064e375ab77abd3d84ad4",
               "spanId": "7c6c6af4f0c9c69e",
               "name": "invoke_agent support_bot",
               "kind": 1,
               "startTimeUnixNano": "1795433597514189184",
               "endTimeUnixNano": "1795433602129189184",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "invoke_agent"
                 }
                },
                {
                 "key": "gen_ai.agent.name",
                 "value": {
                  "stringValue": "support_bot"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "user.id",
                 "value": {
                  "stringValue": "u_456"
                 }
                },
                {
                 "key": "error.type",
                 "value": {
                  "stringValue": "db_connection_lost"
                 }
                }
               ],
               "status": {
                "message": "tool cancel_order failed",
                "code": 2
               },
               "flags": 256
              }
             ]
            }
           ]
          }
         ]
        }
        """#

    /// The body opentelemetry-exporter-otlp-json-http 0.66b1 POSTed (another run: other ids and times).
    static let httpJSONTraces = #"""
        {
         "resourceSpans": [
          {
           "resource": {
            "attributes": [
             {
              "key": "telemetry.sdk.language",
              "value": {
               "stringValue": "python"
              }
             },
             {
              "key": "telemetry.sdk.name",
              "value": {
               "stringValue": "opentelemetry"
              }
             },
             {
              "key": "telemetry.sdk.version",
              "value": {
               "stringValue": "1.45.2"
              }
             },
             {
              "key": "service.instance.id",
              "value": {
               "stringValue": "5e60c93f-e2ad-4bf9-b724-8d0d58d3a2eb"
              }
             },
             {
              "key": "service.name",
              "value": {
               "stringValue": "support-bot"
              }
             },
             {
              "key": "service.version",
              "value": {
               "stringValue": "1.4.2"
              }
             },
             {
              "key": "deployment.environment.name",
              "value": {
               "stringValue": "prod"
              }
             }
            ]
           },
           "scopeSpans": [
            {
             "scope": {
              "name": "opstop.sample",
              "version": "0.1.0"
             },
             "spans": [
              {
               "traceId": "cf743d4a372988dd3877ce96b1f64e5f",
               "spanId": "6133a0f9c0c8f464",
               "parentSpanId": "16a20c76bca867f9",
               "flags": 256,
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433595707015104",
               "endTimeUnixNano": "1795433596547015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "gen_ai.response.model",
                 "value": {
                  "stringValue": "gpt-4o-mini-2024-07-18"
                 }
                },
                {
                 "key": "gen_ai.response.id",
                 "value": {
                  "stringValue": "chatcmpl-9xYz"
                 }
                },
                {
                 "key": "gen_ai.response.finish_reasons",
                 "value": {
                  "arrayValue": {
                   "values": [
                    {
                     "stringValue": "tool_calls"
                    }
                   ]
                  }
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "412"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "38"
                 }
                },
                {
                 "key": "gen_ai.usage.cache_read.input_tokens",
                 "value": {
                  "intValue": "256"
                 }
                },
                {
                 "key": "gen_ai.input.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"content\": \"Where is order 1234?\"}]}]"
                 }
                },
                {
                 "key": "gen_ai.output.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"call_mszuSIzqtI65i1wAUOE8w5H4\", \"name\": \"lookup_order\", \"arguments\": {\"order_id\": \"1234\"}}], \"finish_reason\": \"tool_call\"}]"
                 }
                }
               ],
               "status": {}
              },
              {
               "traceId": "cf743d4a372988dd3877ce96b1f64e5f",
               "spanId": "c9a4fb48e77b51e2",
               "parentSpanId": "16a20c76bca867f9",
               "flags": 256,
               "name": "execute_tool lookup_order",
               "kind": 1,
               "startTimeUnixNano": "1795433596549015104",
               "endTimeUnixNano": "1795433596686015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "execute_tool"
                 }
                },
                {
                 "key": "gen_ai.tool.name",
                 "value": {
                  "stringValue": "lookup_order"
                 }
                },
                {
                 "key": "gen_ai.tool.type",
                 "value": {
                  "stringValue": "function"
                 }
                },
                {
                 "key": "gen_ai.tool.call.id",
                 "value": {
                  "stringValue": "call_mszuSIzqtI65i1wAUOE8w5H4"
                 }
                },
                {
                 "key": "gen_ai.tool.call.arguments",
                 "value": {
                  "stringValue": "{\"order_id\": \"1234\"}"
                 }
                },
                {
                 "key": "gen_ai.tool.call.result",
                 "value": {
                  "stringValue": "{\"status\": \"shipped\", \"eta\": \"2025-10-03\"}"
                 }
                }
               ],
               "status": {}
              },
              {
               "traceId": "cf743d4a372988dd3877ce96b1f64e5f",
               "spanId": "e568426a0be92047",
               "parentSpanId": "16a20c76bca867f9",
               "flags": 256,
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433596688015104",
               "endTimeUnixNano": "1795433597898015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "gen_ai.response.model",
                 "value": {
                  "stringValue": "gpt-4o-mini-2024-07-18"
                 }
                },
                {
                 "key": "gen_ai.response.id",
                 "value": {
                  "stringValue": "chatcmpl-9xYz"
                 }
                },
                {
                 "key": "gen_ai.response.finish_reasons",
                 "value": {
                  "arrayValue": {
                   "values": [
                    {
                     "stringValue": "stop"
                    }
                   ]
                  }
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "498"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "61"
                 }
                },
                {
                 "key": "gen_ai.usage.cache_read.input_tokens",
                 "value": {
                  "intValue": "384"
                 }
                },
                {
                 "key": "gen_ai.input.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"tool\", \"parts\": [{\"type\": \"tool_call_response\", \"id\": \"call_mszuSIzqtI65i1wAUOE8w5H4\", \"response\": {\"status\": \"shipped\"}}]}]"
                 }
                },
                {
                 "key": "gen_ai.output.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"text\", \"content\": \"Your order shipped; ETA Oct 3.\"}], \"finish_reason\": \"stop\"}]"
                 }
                }
               ],
               "status": {}
              },
              {
               "traceId": "cf743d4a372988dd3877ce96b1f64e5f",
               "spanId": "16a20c76bca867f9",
               "flags": 256,
               "name": "invoke_agent support_bot",
               "kind": 1,
               "startTimeUnixNano": "1795433595704015104",
               "endTimeUnixNano": "1795433597902015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "invoke_agent"
                 }
                },
                {
                 "key": "gen_ai.agent.name",
                 "value": {
                  "stringValue": "support_bot"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "user.id",
                 "value": {
                  "stringValue": "u_123"
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "910"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "99"
                 }
                }
               ],
               "status": {}
              },
              {
               "traceId": "a77858316545bcaeba9542584603fb9d",
               "spanId": "983697a997dcbead",
               "parentSpanId": "bcbdc4ea0595e4ff",
               "flags": 256,
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433598404015104",
               "endTimeUnixNano": "1795433598454015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "error.type",
                 "value": {
                  "stringValue": "rate_limit_exceeded"
                 }
                }
               ],
               "events": [
                {
                 "timeUnixNano": "1795433598454015104",
                 "name": "exception",
                 "attributes": [
                  {
                   "key": "exception.type",
                   "value": {
                    "stringValue": "openai.RateLimitError"
                   }
                  },
                  {
                   "key": "exception.message",
                   "value": {
                    "stringValue": "Error code: 429 - Rate limit reached for gpt-4o-mini"
                   }
                  }
                 ]
                }
               ],
               "status": {
                "message": "429 Too Many Requests",
                "code": 2
               }
              },
              {
               "traceId": "a77858316545bcaeba9542584603fb9d",
               "spanId": "2f4ebe8ce2f9b10c",
               "parentSpanId": "bcbdc4ea0595e4ff",
               "flags": 256,
               "name": "chat gpt-4o-mini",
               "kind": 3,
               "startTimeUnixNano": "1795433599454015104",
               "endTimeUnixNano": "1795433600114015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "chat"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "gen_ai.request.model",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "gen_ai.conversation.id",
                 "value": {
                  "stringValue": "conv_5j66UpCpwteGg4YSxUnt7lPY"
                 }
                },
                {
                 "key": "gen_ai.request.temperature",
                 "value": {
                  "doubleValue": 0.2
                 }
                },
                {
                 "key": "gen_ai.request.max_tokens",
                 "value": {
                  "intValue": "512"
                 }
                },
                {
                 "key": "server.address",
                 "value": {
                  "stringValue": "api.openai.com"
                 }
                },
                {
                 "key": "server.port",
                 "value": {
                  "intValue": "443"
                 }
                },
                {
                 "key": "gen_ai.response.model",
                 "value": {
                  "stringValue": "gpt-4o-mini-2024-07-18"
                 }
                },
                {
                 "key": "gen_ai.response.id",
                 "value": {
                  "stringValue": "chatcmpl-9xYz"
                 }
                },
                {
                 "key": "gen_ai.response.finish_reasons",
                 "value": {
                  "arrayValue": {
                   "values": [
                    {
                     "stringValue": "tool_calls"
                    }
                   ]
                  }
                 }
                },
                {
                 "key": "gen_ai.usage.input_tokens",
                 "value": {
                  "intValue": "380"
                 }
                },
                {
                 "key": "gen_ai.usage.output_tokens",
                 "value": {
                  "intValue": "22"
                 }
                },
                {
                 "key": "gen_ai.usage.cache_read.input_tokens",
                 "value": {
                  "intValue": "0"
                 }
                },
                {
                 "key": "gen_ai.input.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"content\": \"Cancel order 99\"}]}]"
                 }
                },
                {
                 "key": "gen_ai.output.messages",
                 "value": {
                  "stringValue": "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"call_2\", \"name\": \"cancel_order\", \"arguments\": {\"order_id\": \"99\"}}], \"finish_reason\": \"tool_call\"}]"
                 }
                }
               ],
               "status": {}
              },
              {
               "traceId": "a77858316545bcaeba9542584603fb9d",
               "spanId": "57830271ac85567c",
               "parentSpanId": "bcbdc4ea0595e4ff",
               "flags": 256,
               "name": "execute_tool cancel_order",
               "kind": 1,
               "startTimeUnixNano": "1795433600114015104",
               "endTimeUnixNano": "1795433603014015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "execute_tool"
                 }
                },
                {
                 "key": "gen_ai.tool.name",
                 "value": {
                  "stringValue": "cancel_order"
                 }
                },
                {
                 "key": "gen_ai.tool.type",
                 "value": {
                  "stringValue": "function"
                 }
                },
                {
                 "key": "gen_ai.tool.call.id",
                 "value": {
                  "stringValue": "call_mszuSIzqtI65i1wAUOE8w5H4"
                 }
                },
                {
                 "key": "gen_ai.tool.call.arguments",
                 "value": {
                  "stringValue": "{\"order_id\": \"99\"}"
                 }
                },
                {
                 "key": "error.type",
                 "value": {
                  "stringValue": "db_connection_lost"
                 }
                }
               ],
               "events": [
                {
                 "timeUnixNano": "1795433603014015104",
                 "name": "exception",
                 "attributes": [
                  {
                   "key": "exception.type",
                   "value": {
                    "stringValue": "psycopg.OperationalError"
                   }
                  },
                  {
                   "key": "exception.message",
                   "value": {
                    "stringValue": "connection to server lost"
                   }
                  }
                 ]
                }
               ],
               "status": {
                "message": "DB connection lost",
                "code": 2
               }
              },
              {
               "traceId": "a77858316545bcaeba9542584603fb9d",
               "spanId": "bcbdc4ea0595e4ff",
               "flags": 256,
               "name": "invoke_agent support_bot",
               "kind": 1,
               "startTimeUnixNano": "1795433598402015104",
               "endTimeUnixNano": "1795433603017015104",
               "attributes": [
                {
                 "key": "gen_ai.operation.name",
                 "value": {
                  "stringValue": "invoke_agent"
                 }
                },
                {
                 "key": "gen_ai.agent.name",
                 "value": {
                  "stringValue": "support_bot"
                 }
                },
                {
                 "key": "gen_ai.provider.name",
                 "value": {
                  "stringValue": "openai"
                 }
                },
                {
                 "key": "user.id",
                 "value": {
                  "stringValue": "u_456"
                 }
                },
                {
                 "key": "error.type",
                 "value": {
                  "stringValue": "db_connection_lost"
                 }
                }
               ],
               "status": {
                "message": "tool cancel_order failed",
                "code": 2
               }
              }
             ]
            }
           ]
          }
         ]
        }
        """#

    /// What the Langfuse 5.0.4 SDK exported over OTLP/HTTP, as OTLP/JSON.
    static let langfuseExport = #"""
        {
         "resourceSpans": [
          {
           "resource": {
            "attributes": [
             {
              "key": "telemetry.sdk.language",
              "value": {
               "stringValue": "python"
              }
             },
             {
              "key": "telemetry.sdk.name",
              "value": {
               "stringValue": "opentelemetry"
              }
             },
             {
              "key": "telemetry.sdk.version",
              "value": {
               "stringValue": "1.45.2"
              }
             },
             {
              "key": "service.instance.id",
              "value": {
               "stringValue": "5a6a17ac-8b95-4247-8457-5ec620edd9b6"
              }
             },
             {
              "key": "langfuse.environment",
              "value": {
               "stringValue": "production"
              }
             },
             {
              "key": "langfuse.release",
              "value": {
               "stringValue": "1.4.2"
              }
             },
             {
              "key": "service.name",
              "value": {
               "stringValue": "unknown_service:python"
              }
             }
            ]
           },
           "scopeSpans": [
            {
             "scope": {
              "name": "langfuse-sdk",
              "version": "5.0.4",
              "attributes": [
               {
                "key": "public_key",
                "value": {
                 "stringValue": "pk-lf-fake"
                }
               }
              ]
             },
             "spans": [
              {
               "traceId": "3d2bb93ef42f94ab8ef8b30afff9985f",
               "spanId": "bf0dcc9bbf65b6c8",
               "parentSpanId": "5b26c9e2604ac262",
               "name": "chat gpt-4o-mini",
               "kind": 1,
               "startTimeUnixNano": "1795433793267592544",
               "endTimeUnixNano": "1795433793268114763",
               "attributes": [
                {
                 "key": "langfuse.environment",
                 "value": {
                  "stringValue": "production"
                 }
                },
                {
                 "key": "langfuse.release",
                 "value": {
                  "stringValue": "1.4.2"
                 }
                },
                {
                 "key": "langfuse.observation.input",
                 "value": {
                  "stringValue": "[{\"role\": \"user\", \"content\": \"Where is order 1234?\"}]"
                 }
                },
                {
                 "key": "langfuse.observation.model.name",
                 "value": {
                  "stringValue": "gpt-4o-mini"
                 }
                },
                {
                 "key": "langfuse.observation.model.parameters",
                 "value": {
                  "stringValue": "{\"temperature\": 0.2}"
                 }
                },
                {
                 "key": "langfuse.observation.type",
                 "value": {
                  "stringValue": "generation"
                 }
                },
                {
                 "key": "langfuse.observation.output",
                 "value": {
                  "stringValue": "{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"name\": \"lookup_order\"}]}"
                 }
                },
                {
                 "key": "langfuse.observation.usage_details",
                 "value": {
                  "stringValue": "{\"input\": 412, \"output\": 38, \"cache_read_input_tokens\": 256}"
                 }
                },
                {
                 "key": "langfuse.observation.cost_details",
                 "value": {
                  "stringValue": "{\"input\": 4.26e-05, \"output\": 2.28e-05, \"cache_read_input_tokens\": 1.92e-05}"
                 }
                }
               ],
               "status": {},
               "flags": 256
              },
              {
               "traceId": "3d2bb93ef42f94ab8ef8b30afff9985f",
               "spanId": "d7c84c52cea4a87f",
               "parentSpanId": "5b26c9e2604ac262",
               "name": "cancel_order",
               "kind": 1,
               "startTimeUnixNano": "1795433793268247522",
               "endTimeUnixNano": "1795433793268526856",
               "attributes": [
                {
                 "key": "langfuse.environment",
                 "value": {
                  "stringValue": "production"
                 }
                },
                {
                 "key": "langfuse.release",
                 "value": {
                  "stringValue": "1.4.2"
                 }
                },
                {
                 "key": "langfuse.observation.input",
                 "value": {
                  "stringValue": "{\"order_id\": \"99\"}"
                 }
                },
                {
                 "key": "langfuse.observation.type",
                 "value": {
                  "stringValue": "tool"
                 }
                },
                {
                 "key": "langfuse.observation.level",
                 "value": {
                  "stringValue": "ERROR"
                 }
                },
                {
                 "key": "langfuse.observation.status_message",
                 "value": {
                  "stringValue": "DB connection lost"
                 }
                }
               ],
               "status": {
                "message": "DB connection lost",
                "code": 2
               },
               "flags": 256
              },
              {
               "traceId": "3d2bb93ef42f94ab8ef8b30afff9985f",
               "spanId": "a3db51417adb5253",
               "parentSpanId": "5b26c9e2604ac262",
               "name": "budget_warning",
               "kind": 1,
               "startTimeUnixNano": "1795433793268565509",
               "endTimeUnixNano": "1795433793268565509",
               "attributes": [
                {
                 "key": "langfuse.observation.type",
                 "value": {
                  "stringValue": "event"
                 }
                },
                {
                 "key": "langfuse.environment",
                 "value": {
                  "stringValue": "production"
                 }
                },
                {
                 "key": "langfuse.release",
                 "value": {
                  "stringValue": "1.4.2"
                 }
                },
                {
                 "key": "langfuse.observation.input",
                 "value": {
                  "stringValue": "{\"spent_usd\": 85.0, \"budget_usd\": 100.0}"
                 }
                }
               ],
               "status": {},
               "flags": 256
              },
              {
               "traceId": "3d2bb93ef42f94ab8ef8b30afff9985f",
               "spanId": "5b26c9e2604ac262",
               "name": "support_bot",
               "kind": 1,
               "startTimeUnixNano": "1795433793267041811",
               "endTimeUnixNano": "1795433793268861384",
               "attributes": [
                {
                 "key": "langfuse.internal.is_app_root",
                 "value": {
                  "boolValue": true
                 }
                },
                {
                 "key": "langfuse.observation.type",
                 "value": {
                  "stringValue": "agent"
                 }
                },
                {
                 "key": "langfuse.environment",
                 "value": {
                  "stringValue": "production"
                 }
                },
                {
                 "key": "langfuse.release",
                 "value": {
                  "stringValue": "1.4.2"
                 }
                }
               ],
               "status": {},
               "flags": 256
              }
             ]
            }
           ]
          }
         ]
        }
        """#

    /// Lines of opentelemetry-exporter-otlp-json-file 0.66b1 (`FileSpanExporter`), one export per line.
    static let fileExporterLines = [
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","spanId":"ff7b8f7d5f8481aa","parentSpanId":"dc2974f81e146a31","flags":256,"name":"chat gpt-4o-mini","kind":3,"startTimeUnixNano":"1795433580827749312","endTimeUnixNano":"1795433581667749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},{"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}},{"key":"gen_ai.conversation.id","value":{"stringValue":"conv_5j66UpCpwteGg4YSxUnt7lPY"}},{"key":"gen_ai.request.temperature","value":{"doubleValue":0.2}},{"key":"gen_ai.request.max_tokens","value":{"intValue":"512"}},{"key":"server.address","value":{"stringValue":"api.openai.com"}},{"key":"server.port","value":{"intValue":"443"}},{"key":"gen_ai.response.model","value":{"stringValue":"gpt-4o-mini-2024-07-18"}},{"key":"gen_ai.response.id","value":{"stringValue":"chatcmpl-9xYz"}},{"key":"gen_ai.response.finish_reasons","value":{"arrayValue":{"values":[{"stringValue":"tool_calls"}]}}},{"key":"gen_ai.usage.input_tokens","value":{"intValue":"412"}},{"key":"gen_ai.usage.output_tokens","value":{"intValue":"38"}},{"key":"gen_ai.usage.cache_read.input_tokens","value":{"intValue":"256"}},{"key":"gen_ai.input.messages","value":{"stringValue":"[{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"content\": \"Where is order 1234?\"}]}]"}},{"key":"gen_ai.output.messages","value":{"stringValue":"[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"call_mszuSIzqtI65i1wAUOE8w5H4\", \"name\": \"lookup_order\", \"arguments\": {\"order_id\": \"1234\"}}], \"finish_reason\": \"tool_call\"}]"}}],"status":{}}]}]}]}
        """#,
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","spanId":"0225e310c0b4c117","parentSpanId":"dc2974f81e146a31","flags":256,"name":"execute_tool lookup_order","kind":1,"startTimeUnixNano":"1795433581669749312","endTimeUnixNano":"1795433581806749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"execute_tool"}},{"key":"gen_ai.tool.name","value":{"stringValue":"lookup_order"}},{"key":"gen_ai.tool.type","value":{"stringValue":"function"}},{"key":"gen_ai.tool.call.id","value":{"stringValue":"call_mszuSIzqtI65i1wAUOE8w5H4"}},{"key":"gen_ai.tool.call.arguments","value":{"stringValue":"{\"order_id\": \"1234\"}"}},{"key":"gen_ai.tool.call.result","value":{"stringValue":"{\"status\": \"shipped\", \"eta\": \"2025-10-03\"}"}}],"status":{}}]}]}]}
        """#,
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","spanId":"63fbaf03a59b18cc","parentSpanId":"dc2974f81e146a31","flags":256,"name":"chat gpt-4o-mini","kind":3,"startTimeUnixNano":"1795433581808749312","endTimeUnixNano":"1795433583018749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},{"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}},{"key":"gen_ai.conversation.id","value":{"stringValue":"conv_5j66UpCpwteGg4YSxUnt7lPY"}},{"key":"gen_ai.request.temperature","value":{"doubleValue":0.2}},{"key":"gen_ai.request.max_tokens","value":{"intValue":"512"}},{"key":"server.address","value":{"stringValue":"api.openai.com"}},{"key":"server.port","value":{"intValue":"443"}},{"key":"gen_ai.response.model","value":{"stringValue":"gpt-4o-mini-2024-07-18"}},{"key":"gen_ai.response.id","value":{"stringValue":"chatcmpl-9xYz"}},{"key":"gen_ai.response.finish_reasons","value":{"arrayValue":{"values":[{"stringValue":"stop"}]}}},{"key":"gen_ai.usage.input_tokens","value":{"intValue":"498"}},{"key":"gen_ai.usage.output_tokens","value":{"intValue":"61"}},{"key":"gen_ai.usage.cache_read.input_tokens","value":{"intValue":"384"}},{"key":"gen_ai.input.messages","value":{"stringValue":"[{\"role\": \"tool\", \"parts\": [{\"type\": \"tool_call_response\", \"id\": \"call_mszuSIzqtI65i1wAUOE8w5H4\", \"response\": {\"status\": \"shipped\"}}]}]"}},{"key":"gen_ai.output.messages","value":{"stringValue":"[{\"role\": \"assistant\", \"parts\": [{\"type\": \"text\", \"content\": \"Your order shipped; ETA Oct 3.\"}], \"finish_reason\": \"stop\"}]"}}],"status":{}}]}]}]}
        """#,
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","spanId":"dc2974f81e146a31","flags":256,"name":"invoke_agent support_bot","kind":1,"startTimeUnixNano":"1795433580824749312","endTimeUnixNano":"1795433583022749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"invoke_agent"}},{"key":"gen_ai.agent.name","value":{"stringValue":"support_bot"}},{"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},{"key":"gen_ai.conversation.id","value":{"stringValue":"conv_5j66UpCpwteGg4YSxUnt7lPY"}},{"key":"user.id","value":{"stringValue":"u_123"}},{"key":"gen_ai.usage.input_tokens","value":{"intValue":"910"}},{"key":"gen_ai.usage.output_tokens","value":{"intValue":"99"}}],"status":{}}]}]}]}
        """#,
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"75a8f22a4baff9a065fe1e5ebe643d03","spanId":"8a9252d78e7fe950","parentSpanId":"dea398256d844ad4","flags":256,"name":"chat gpt-4o-mini","kind":3,"startTimeUnixNano":"1795433583524749312","endTimeUnixNano":"1795433583574749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},{"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}},{"key":"gen_ai.conversation.id","value":{"stringValue":"conv_5j66UpCpwteGg4YSxUnt7lPY"}},{"key":"gen_ai.request.temperature","value":{"doubleValue":0.2}},{"key":"gen_ai.request.max_tokens","value":{"intValue":"512"}},{"key":"server.address","value":{"stringValue":"api.openai.com"}},{"key":"server.port","value":{"intValue":"443"}},{"key":"error.type","value":{"stringValue":"rate_limit_exceeded"}}],"events":[{"timeUnixNano":"1795433583574749312","name":"exception","attributes":[{"key":"exception.type","value":{"stringValue":"openai.RateLimitError"}},{"key":"exception.message","value":{"stringValue":"Error code: 429 - Rate limit reached for gpt-4o-mini"}}]}],"status":{"message":"429 Too Many Requests","code":2}}]}]}]}
        """#,
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"75a8f22a4baff9a065fe1e5ebe643d03","spanId":"0398fb4459bbff10","parentSpanId":"dea398256d844ad4","flags":256,"name":"chat gpt-4o-mini","kind":3,"startTimeUnixNano":"1795433584574749312","endTimeUnixNano":"1795433585234749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},{"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}},{"key":"gen_ai.conversation.id","value":{"stringValue":"conv_5j66UpCpwteGg4YSxUnt7lPY"}},{"key":"gen_ai.request.temperature","value":{"doubleValue":0.2}},{"key":"gen_ai.request.max_tokens","value":{"intValue":"512"}},{"key":"server.address","value":{"stringValue":"api.openai.com"}},{"key":"server.port","value":{"intValue":"443"}},{"key":"gen_ai.response.model","value":{"stringValue":"gpt-4o-mini-2024-07-18"}},{"key":"gen_ai.response.id","value":{"stringValue":"chatcmpl-9xYz"}},{"key":"gen_ai.response.finish_reasons","value":{"arrayValue":{"values":[{"stringValue":"tool_calls"}]}}},{"key":"gen_ai.usage.input_tokens","value":{"intValue":"380"}},{"key":"gen_ai.usage.output_tokens","value":{"intValue":"22"}},{"key":"gen_ai.usage.cache_read.input_tokens","value":{"intValue":"0"}},{"key":"gen_ai.input.messages","value":{"stringValue":"[{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"content\": \"Cancel order 99\"}]}]"}},{"key":"gen_ai.output.messages","value":{"stringValue":"[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"call_2\", \"name\": \"cancel_order\", \"arguments\": {\"order_id\": \"99\"}}], \"finish_reason\": \"tool_call\"}]"}}],"status":{}}]}]}]}
        """#,
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"75a8f22a4baff9a065fe1e5ebe643d03","spanId":"1b83c8ecc8524fd7","parentSpanId":"dea398256d844ad4","flags":256,"name":"execute_tool cancel_order","kind":1,"startTimeUnixNano":"1795433585234749312","endTimeUnixNano":"1795433588134749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"execute_tool"}},{"key":"gen_ai.tool.name","value":{"stringValue":"cancel_order"}},{"key":"gen_ai.tool.type","value":{"stringValue":"function"}},{"key":"gen_ai.tool.call.id","value":{"stringValue":"call_mszuSIzqtI65i1wAUOE8w5H4"}},{"key":"gen_ai.tool.call.arguments","value":{"stringValue":"{\"order_id\": \"99\"}"}},{"key":"error.type","value":{"stringValue":"db_connection_lost"}}],"events":[{"timeUnixNano":"1795433588134749312","name":"exception","attributes":[{"key":"exception.type","value":{"stringValue":"psycopg.OperationalError"}},{"key":"exception.message","value":{"stringValue":"connection to server lost"}}]}],"status":{"message":"DB connection lost","code":2}}]}]}]}
        """#,
        #"""
        {"resourceSpans":[{"resource":{"attributes":[{"key":"telemetry.sdk.language","value":{"stringValue":"python"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.45.2"}},{"key":"service.instance.id","value":{"stringValue":"3acec3a1-e004-4e9f-9a0f-2eeeee25d68b"}},{"key":"service.name","value":{"stringValue":"support-bot"}},{"key":"service.version","value":{"stringValue":"1.4.2"}},{"key":"deployment.environment.name","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"opstop.sample","version":"0.1.0"},"spans":[{"traceId":"75a8f22a4baff9a065fe1e5ebe643d03","spanId":"dea398256d844ad4","flags":256,"name":"invoke_agent support_bot","kind":1,"startTimeUnixNano":"1795433583522749312","endTimeUnixNano":"1795433588137749312","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"invoke_agent"}},{"key":"gen_ai.agent.name","value":{"stringValue":"support_bot"}},{"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},{"key":"user.id","value":{"stringValue":"u_456"}},{"key":"error.type","value":{"stringValue":"db_connection_lost"}}],"status":{"message":"tool cancel_order failed","code":2}}]}]}]}
        """#,
    ]
}
