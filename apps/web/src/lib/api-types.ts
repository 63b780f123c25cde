// Generated from apps/api/openapi.json by `node scripts/api-types.mjs`: do not edit by hand.

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_findEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UserController_findUsers"];
        put?: never;
        post: operations["UserController_createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UserController_getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UserController_updateUser"];
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UserController_issuePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expectations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExpectationController_currentFramework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolController_findSchools"];
        put?: never;
        post: operations["SchoolController_createSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolController_getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SchoolController_updateSchool"];
        trace?: never;
    };
    "/api/schools/{id}/self-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolController_findSelfReviews"];
        put?: never;
        post: operations["SchoolController_createSelfReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolController_findAudits"];
        put?: never;
        post: operations["SchoolController_createAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolPlanController_getPlan"];
        put?: never;
        post: operations["SchoolPlanController_createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/plan/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SchoolPlanController_addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/plan/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SchoolPlanController_updateAction"];
        trace?: never;
    };
    "/api/schools/{id}/plan/actions/{actionId}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolPlanController_actionUpdates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/plan/actions/{actionId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SchoolPlanController_addEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/plan/governors-report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolPlanController_governorsReportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{id}/plan/governors-report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolPlanController_governorsReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/self-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SelfReviewController_getSelfReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SelfReviewController_updateSelfReview"];
        trace?: never;
    };
    "/api/self-reviews/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SelfReviewController_submitSelfReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolAuditController_getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SchoolAuditController_updateAudit"];
        trace?: never;
    };
    "/api/school-reviews/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolOverviewController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/school-reviews/thematic-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolOverviewController_thematicSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/school-reviews/thematic-summary.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolOverviewController_thematicSummaryDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/school-reviews/thematic-summary.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchoolOverviewController_thematicSummaryPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/local-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LocalAreaController_listLocalAreas"];
        put?: never;
        post: operations["LocalAreaController_createLocalArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/local-areas/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LocalAreaController_summarise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdviserController_listAdvisers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advisers/{userId}/local-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["AdviserController_setAdvisedLocalAreas"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlanController_findPlans"];
        put?: never;
        post: operations["PlanController_createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlanController_getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlanController_getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlanController_getChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/critical-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CriticalReviewController_findReviews"];
        put?: never;
        post: operations["CriticalReviewController_createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/critical-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CriticalReviewController_getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CriticalReviewController_updateReview"];
        trace?: never;
    };
    "/api/critical-reviews/{id}/judgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CriticalReviewController_putJudgements"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/critical-reviews/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CriticalReviewController_submitReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/critical-reviews/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CriticalReviewController_approveReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/critical-reviews/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CriticalReviewController_returnReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/case-audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseAuditController_findAudits"];
        put?: never;
        post: operations["CaseAuditController_createAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/case-audits/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseAuditController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseAuditController_getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CaseAuditController_updateAudit"];
        trace?: never;
    };
    "/api/plans/{planId}/public-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicSummaryController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/public-summary/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicSummaryController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicController_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans/{planId}/summary.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/local-areas/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicController_localArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PriorityAreaController_getPriorityArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PriorityAreaController_updatePriorityArea"];
        trace?: never;
    };
    "/api/priority-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PriorityAreaController_createPriorityArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActionController_findActions"];
        put?: never;
        post: operations["ActionController_createAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActionController_getAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ActionController_updateAction"];
        trace?: never;
    };
    "/api/actions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActionController_getHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ActionController_archiveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MilestoneController_addMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MilestoneController_updateMilestone"];
        trace?: never;
    };
    "/api/actions/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvidenceController_findActionEvidence"];
        put?: never;
        post: operations["EvidenceController_addEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvidenceController_getEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EvidenceController_updateEvidence"];
        trace?: never;
    };
    "/api/evidence/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvidenceController_downloadEvidenceFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EvidenceController_archiveEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GovernanceBodyController_findBodies"];
        put?: never;
        post: operations["GovernanceBodyController_createBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance-bodies/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BodyMemberController_findMembers"];
        put: operations["BodyMemberController_setMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingController_findMeetings"];
        put?: never;
        post: operations["MeetingController_createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingController_getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeetingController_updateMeeting"];
        trace?: never;
    };
    "/api/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingController_findMeetingDecisions"];
        put?: never;
        post: operations["MeetingController_recordDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DecisionController_findDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DecisionController_getDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DecisionController_updateDecision"];
        trace?: never;
    };
    "/api/meetings/{id}/packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PackController_findMeetingPacks"];
        put?: never;
        post: operations["PackController_generatePack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PackController_findPublishedPacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/packs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PackController_getPack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/packs/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PackController_regeneratePack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/packs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PackController_publishPack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/packs/{id}/board-pack.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PackController_downloadBoardPack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/packs/{id}/files/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PackController_downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reports/progress.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportController_progressDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reports/progress.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportController_progressPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reports/tracker.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportController_trackerXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reports/tracker.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportController_trackerCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExceptionController_findExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeasureController_findPlanMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeasureController_getMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeasureController_updateMeasure"];
        trace?: never;
    };
    "/api/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeasureController_createMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeasureController_addMeasureValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measure-values/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeasureController_updateMeasureValue"];
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_findOrganisations"];
        put?: never;
        post: operations["OrganisationController_createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["OrganisationController_updateOrganisation"];
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PersonController_findPeople"];
        put?: never;
        post: operations["PersonController_createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PersonController_getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PersonController_updatePerson"];
        trace?: never;
    };
    "/api/plans/{planId}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportingPeriodController_findPeriods"];
        put?: never;
        post: operations["ReportingPeriodController_createPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/periods/{periodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ReportingPeriodController_updatePeriod"];
        trace?: never;
    };
    "/api/actions/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatusUpdateController_findActionUpdates"];
        put?: never;
        post: operations["StatusUpdateController_saveUpdateForPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatusUpdateController_findUpdates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/updates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatusUpdateController_getUpdate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["StatusUpdateController_editUpdate"];
        trace?: never;
    };
    "/api/updates/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatusUpdateController_submitUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/updates/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatusUpdateController_approveUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/updates/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatusUpdateController_returnUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/periods/{periodId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UpdateProgressController_getProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportController_uploadImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportController_getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ImportController_updateImport"];
        trace?: never;
    };
    "/api/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportController_commitImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationController_findNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationController_countUnread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutboxController_findEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PreferenceController_getPreferences"];
        put: operations["PreferenceController_updatePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnsubscribeController_describe"];
        put?: never;
        post: operations["UnsubscribeController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reminder-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReminderController_getReminderDays"];
        put: operations["ReminderController_setReminderDays"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/self-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SelfEvaluationController_getSelfEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/self-evaluation/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SelfEvaluationController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/self-evaluation/sections/{criterionKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["SelfEvaluationController_saveSection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/self-evaluation/sections/{criterionKey}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SelfEvaluationController_addComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reports/readiness.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadinessPackController_livePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reports/readiness.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadinessPackController_liveDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/readiness-packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadinessPackController_list"];
        put?: never;
        post: operations["ReadinessPackController_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readiness-packs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReadinessPackController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readiness-packs/{id}/readiness.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadinessPackController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readiness-packs/{id}/readiness.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadinessPackController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionController_findInspections"];
        put?: never;
        post: operations["InspectionController_recordInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionController_getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionController_getInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InspectionController_addFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["InspectionController_updateFinding"];
        trace?: never;
    };
    "/api/findings/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["InspectionController_setFindingLinks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionController_findingsOfAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-areas/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionController_findingsOfPriorityArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VoiceController_findVoiceItems"];
        put?: never;
        post: operations["VoiceController_createVoiceItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VoiceController_getVoiceItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["VoiceController_updateVoiceItem"];
        trace?: never;
    };
    "/api/voice/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["VoiceController_putResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditActor: {
            /** Format: uuid */
            id: string | null;
            /** @example Head of SEND */
            label: string;
        };
        AuditEventResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["AuditActor"];
            /** Format: uuid */
            planId: string | null;
            /** @example action */
            entityType: string;
            /** Format: uuid */
            entityId: string | null;
            /** @example update */
            action: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        LoginDto: {
            /** @example head.of.send@demo.example */
            email: string;
            password: string;
        };
        /** @enum {string} */
        Role: "admin" | "plan_manager" | "moderator" | "action_owner" | "board_member" | "scrutiny" | "viewer" | "adviser" | "school_senco";
        MeResponse: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            organisationId: string | null;
            /** Format: uuid */
            personId: string | null;
            canEditOrganisationActions: boolean;
            /** Format: uuid */
            localAreaId: string;
            /** @description runs the installation: adds local areas and their first administrators */
            installationAdmin: boolean;
        };
        SignInResponse: {
            user: components["schemas"]["MeResponse"];
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ResetPasswordDto: {
            /** @description The one-time token an administrator passed on */
            token: string;
            password: string;
        };
        UserResponse: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            localAreaId: string;
            /** Format: uuid */
            organisationId: string | null;
            /**
             * Format: uuid
             * @description the person record the account acts as, as an action owner
             */
            personId: string | null;
            /** @description may edit every action of its organisation, not only its own */
            canEditOrganisationActions: boolean;
            /**
             * Format: uuid
             * @description a SENCO's school
             */
            schoolId: string | null;
            active: boolean;
            /** Format: date-time */
            passwordChangedAt: string | null;
            /** Format: date-time */
            lastSignedInAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UserPage: {
            items: components["schemas"]["UserResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreateUserDto: {
            /** @example name@example.org */
            email: string;
            /** @example Head of SEND */
            displayName: string;
            roles: ("admin" | "plan_manager" | "moderator" | "action_owner" | "board_member" | "scrutiny" | "viewer" | "adviser" | "school_senco")[];
            /**
             * Format: uuid
             * @description Defaults to the linked person's organisation
             */
            organisationId?: string | null;
            /**
             * Format: uuid
             * @description The person this user acts as when owning actions
             */
            personId?: string | null;
            /**
             * Format: uuid
             * @description A school SENCO's school: the one school whose SEND review they read and write
             */
            schoolId?: string | null;
            /** @description An action owner may edit every action of their organisation */
            canEditOrganisationActions?: boolean;
            /** @description At least 12 characters. Leave out to issue a password-reset token instead. */
            password?: string;
        };
        UpdateUserDto: {
            /** @example name@example.org */
            email?: string;
            /** @example Head of SEND */
            displayName?: string;
            roles?: ("admin" | "plan_manager" | "moderator" | "action_owner" | "board_member" | "scrutiny" | "viewer" | "adviser" | "school_senco")[];
            /**
             * Format: uuid
             * @description Defaults to the linked person's organisation
             */
            organisationId?: string | null;
            /**
             * Format: uuid
             * @description The person this user acts as when owning actions
             */
            personId?: string | null;
            /**
             * Format: uuid
             * @description A school SENCO's school: the one school whose SEND review they read and write
             */
            schoolId?: string | null;
            /** @description An action owner may edit every action of their organisation */
            canEditOrganisationActions?: boolean;
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /** @description false deactivates the account and signs it out everywhere */
            active?: boolean;
        };
        PasswordResetResponse: {
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
        LocalAuthorityPart: {
            introduction: string;
            commitments: string[];
        };
        ExpectationStatementView: {
            /** Format: uuid */
            id: string;
            number: number;
            text: string;
        };
        ExpectationAreaView: {
            /** Format: uuid */
            id: string;
            number: number;
            title: string;
            introduction: string | null;
            /** @description what the local authority itself commits to in the area */
            localAuthority: components["schemas"]["LocalAuthorityPart"] | null;
            statements: components["schemas"]["ExpectationStatementView"][];
        };
        FrameworkView: {
            /** Format: uuid */
            id: string;
            /** @description the edition: a new edition never rewrites reviews made against an earlier one */
            version: number;
            title: string;
            label: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            publishedOn: string | null;
            areas: components["schemas"]["ExpectationAreaView"][];
        };
        /** @enum {string} */
        SchoolPhase: "primary" | "secondary" | "special" | "all_through" | "post_16";
        SchoolResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            phase: components["schemas"]["SchoolPhase"];
            /** @description its unique reference number */
            urn: string;
            sencoName: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateSchoolDto: {
            name: string;
            /** @enum {string} */
            phase: "primary" | "secondary" | "special" | "all_through" | "post_16";
            /**
             * @description The DfE's unique reference number: six digits
             * @example 113456
             */
            urn: string;
            sencoName?: string | null;
        };
        UpdateSchoolDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            name?: string;
            /** @enum {string} */
            phase?: "primary" | "secondary" | "special" | "all_through" | "post_16";
            /** @example 113456 */
            urn?: string;
            sencoName?: string | null;
        };
        /** @enum {string} */
        SelfReviewState: "draft" | "submitted";
        ExpectationRatingCounts: {
            embedded: number;
            developing: number;
            not_yet: number;
        };
        SelfReviewResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /** Format: uuid */
            frameworkId: string;
            /**
             * @description the academic year, by the calendar year it starts in
             * @example 2025
             */
            academicYear: number;
            state: components["schemas"]["SelfReviewState"];
            summary: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** @description the name of who submitted it */
            submittedBy: string | null;
            counts: components["schemas"]["ExpectationRatingCounts"];
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateSelfReviewDto: {
            /**
             * @description The academic year by the year it starts in (2026 is 2026/27); this year if left out
             * @example 2026
             */
            academicYear?: number;
        };
        FrameworkEditionLabelled: {
            /** Format: uuid */
            id: string;
            version: number;
            title: string;
            label: string;
        };
        /** @enum {string} */
        ExpectationRating: "embedded" | "developing" | "not_yet";
        SelfReviewStatement: {
            /** Format: uuid */
            id: string;
            number: number;
            text: string;
            rating: components["schemas"]["ExpectationRating"] | null;
            notes: string | null;
            evidence: string | null;
        };
        SelfReviewArea: {
            number: number;
            title: string;
            statements: components["schemas"]["SelfReviewStatement"][];
        };
        SelfReviewDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /** Format: uuid */
            frameworkId: string;
            /**
             * @description the academic year, by the calendar year it starts in
             * @example 2025
             */
            academicYear: number;
            state: components["schemas"]["SelfReviewState"];
            summary: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** @description the name of who submitted it */
            submittedBy: string | null;
            counts: components["schemas"]["ExpectationRatingCounts"];
            version: number;
            /** Format: date-time */
            updatedAt: string;
            school: components["schemas"]["SchoolResponse"];
            framework: components["schemas"]["FrameworkEditionLabelled"];
            /** @description the statements not rated yet */
            unrated: number;
            areas: components["schemas"]["SelfReviewArea"][];
        };
        /** @enum {string} */
        AuditState: "draft" | "published";
        /** @enum {string} */
        AuditTheme: "identification" | "meeting_needs" | "outcomes" | "for_schools" | "for_local_authority";
        AuditPointResponse: {
            theme: components["schemas"]["AuditTheme"];
            text: string;
        };
        AuditResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /** Format: uuid */
            frameworkId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            visitDate: string;
            auditors: string[];
            state: components["schemas"]["AuditState"];
            /** Format: date-time */
            publishedAt: string | null;
            strengths: string[];
            findings: components["schemas"]["AuditPointResponse"][];
            nextSteps: components["schemas"]["AuditPointResponse"][];
            counts: components["schemas"]["ExpectationRatingCounts"];
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateAuditDto: {
            /** @example 2026-11-18 */
            visitDate: string;
            auditors?: string[];
        };
        AuditStatement: {
            /** Format: uuid */
            id: string;
            number: number;
            text: string;
            rating: components["schemas"]["ExpectationRating"] | null;
            note: string | null;
            /** @description the school's own rating in its submitted self-review of the year */
            selfRating: components["schemas"]["ExpectationRating"] | null;
        };
        AuditArea: {
            number: number;
            title: string;
            statements: components["schemas"]["AuditStatement"][];
        };
        AuditDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /** Format: uuid */
            frameworkId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            visitDate: string;
            auditors: string[];
            state: components["schemas"]["AuditState"];
            /** Format: date-time */
            publishedAt: string | null;
            strengths: string[];
            findings: components["schemas"]["AuditPointResponse"][];
            nextSteps: components["schemas"]["AuditPointResponse"][];
            counts: components["schemas"]["ExpectationRatingCounts"];
            version: number;
            /** Format: date-time */
            updatedAt: string;
            school: components["schemas"]["SchoolResponse"];
            framework: components["schemas"]["FrameworkEditionLabelled"];
            /**
             * Format: uuid
             * @description the school's submitted self-review of the same year
             */
            selfReviewId: string | null;
            areas: components["schemas"]["AuditArea"][];
        };
        SchoolPlanSchool: {
            /** Format: uuid */
            id: string;
            name: string;
            phase: components["schemas"]["SchoolPhase"];
            urn: string;
            sencoName: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
        };
        /** @enum {string} */
        DeliveryStatus: "not_started" | "on_track" | "at_risk" | "off_track" | "complete";
        /** @enum {string} */
        ImpactStatus: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
        /** @enum {string} */
        EvidenceType: "document" | "link" | "data" | "case_study" | "audit" | "training_record" | "minutes" | "voice_of_children_and_young_people" | "voice_of_parent_carers";
        SchoolPlanEvidence: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["EvidenceType"];
            title: string;
            description: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string | null;
            demonstratesImpact: boolean;
            url: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
        };
        SchoolPlanAction: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            description: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            deliveryStatusLabel: string;
            impactStatus: components["schemas"]["ImpactStatus"];
            impactStatusLabel: string;
            overdue: boolean;
            version: number;
            /** @description oldest first */
            evidence: components["schemas"]["SchoolPlanEvidence"][];
        };
        SchoolPlanPriority: {
            /** Format: uuid */
            id: string;
            number: number;
            title: string;
            aim: string;
            actions: components["schemas"]["SchoolPlanAction"][];
        };
        SchoolBoardPeriod: {
            /** Format: uuid */
            id: string;
            /** @example Autumn term 2026 */
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            opensOn: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            updateDeadline: string;
            /** @description for PATCH /api/plans/{planId}/periods/{periodId} */
            version: number;
        };
        SchoolBoardMeeting: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            location: string;
            /** @description for PATCH /api/meetings/{id} */
            version: number;
            /** @description the reporting period that ends in this meeting */
            period: components["schemas"]["SchoolBoardPeriod"] | null;
        };
        SchoolGoverningBoard: {
            /** Format: uuid */
            id: string;
            /** @example Governing board */
            name: string;
            /** @description by date */
            meetings: components["schemas"]["SchoolBoardMeeting"][];
        };
        SchoolPlanResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            endDate: string | null;
            version: number;
            school: components["schemas"]["SchoolPlanSchool"];
            priorities: components["schemas"]["SchoolPlanPriority"][];
            governingBoard: components["schemas"]["SchoolGoverningBoard"] | null;
        };
        SchoolPriorityDto: {
            /** @example Identify needs early */
            title: string;
            /** @description What the priority is for */
            aim?: string;
        };
        CreateSchoolPlanDto: {
            /** @example SEND improvement plan 2026/27 */
            title: string;
            /** @description The issue the plan answers: what the school found and why it must change */
            description?: string;
            /** @example 2026-09-01 */
            startDate?: string;
            /** @example 2027-07-31 */
            endDate?: string;
            /** @description The plan's priorities, numbered in this order */
            priorities: components["schemas"]["SchoolPriorityDto"][];
        };
        CreateSchoolActionDto: {
            title: string;
            description?: string;
            /** @example 2025-01-31 */
            startDate?: string | null;
            /** @example 2025-09-30 */
            dueDate?: string | null;
            /**
             * @description The number of the plan's priority the action serves
             * @example 1
             */
            priorityNumber: number;
        };
        UpdateSchoolActionDto: {
            title?: string;
            description?: string;
            /** @example 2025-09-30 */
            dueDate?: string | null;
            /** @enum {string} */
            deliveryStatus?: "not_started" | "on_track" | "at_risk" | "off_track" | "complete";
            /** @enum {string} */
            impactStatus?: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /** @description Why the change is made; required when the due date changes. Kept in the action's history and shown in packs. */
            reason?: string;
        };
        NamedRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        UpdateActionBrief: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number | null;
            ownerPerson: components["schemas"]["NamedRef"] | null;
            ownerOrganisation: components["schemas"]["NamedRef"] | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            impactStatus: components["schemas"]["ImpactStatus"];
        };
        PeriodSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            opensOn: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            updateDeadline: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            boardDate: string;
            /** Format: uuid */
            meetingId: string;
        };
        /** @enum {string} */
        UpdateState: "draft" | "submitted" | "approved" | "returned";
        /**
         * @description what the lifecycle allows next (permissions aside)
         * @enum {string}
         */
        UpdateEvent: "edit" | "submit" | "approve" | "return";
        EvidenceFile: {
            name: string;
            downloadUrl: string;
        };
        LinkedEvidence: {
            /** Format: uuid */
            id: string;
            title: string;
            type: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            evidenceDate: string | null;
            demonstratesImpact: boolean;
            /** @description where to open it, so whoever moderates the update can read what it rests on */
            url: string | null;
            file: components["schemas"]["EvidenceFile"] | null;
        };
        UpdateParty: {
            /** Format: uuid */
            userId: string | null;
            /** Format: uuid */
            personId: string | null;
            label: string;
        };
        /** @enum {string} */
        UpdateTransitionEvent: "create" | "submit" | "approve" | "return";
        UpdateTransition: {
            event: components["schemas"]["UpdateTransitionEvent"];
            fromState: components["schemas"]["UpdateState"] | null;
            toState: components["schemas"]["UpdateState"];
            /** Format: date-time */
            at: string;
            by: components["schemas"]["UpdateParty"];
            comment: string | null;
        };
        StatusUpdateResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            actionId: string;
            action: components["schemas"]["UpdateActionBrief"];
            period: components["schemas"]["PeriodSummary"];
            state: components["schemas"]["UpdateState"];
            stateLabel: string;
            /** @description what the lifecycle allows next (permissions aside) */
            allowedEvents: components["schemas"]["UpdateEvent"][];
            narrative: string;
            proposedDeliveryStatus: components["schemas"]["DeliveryStatus"];
            proposedDeliveryStatusLabel: string;
            proposedImpactStatus: components["schemas"]["ImpactStatus"];
            proposedImpactStatusLabel: string;
            nextSteps: string;
            risks: string;
            evidenceIds: string[];
            evidence: components["schemas"]["LinkedEvidence"][];
            author: components["schemas"]["UpdateParty"];
            /** Format: date-time */
            submittedAt: string | null;
            submittedBy: components["schemas"]["UpdateParty"] | null;
            /** Format: date-time */
            moderatedAt: string | null;
            moderatedBy: components["schemas"]["UpdateParty"] | null;
            moderatorComment: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description its moves between states, where the route gives them */
            transitions?: components["schemas"]["UpdateTransition"][];
        };
        StatusUpdatePage: {
            items: components["schemas"]["StatusUpdateResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreateEvidenceDto: {
            /** @enum {string} */
            type: "document" | "link" | "data" | "case_study" | "audit" | "training_record" | "minutes" | "voice_of_children_and_young_people" | "voice_of_parent_carers";
            title: string;
            description?: string;
            /**
             * @description The date the evidence is from
             * @example 2025-01-09
             */
            date: string;
            /**
             * @description Demonstrates impact on children and young people
             * @default false
             */
            demonstratesImpact?: boolean;
            /**
             * @description A link (http or https) instead of a file
             * @example https://www.plymouth.gov.uk/send
             */
            url?: string;
        };
        /**
         * @description `file` for an uploaded document, `link` for a URL
         * @enum {string}
         */
        EvidenceKind: "file" | "link";
        EvidenceFileDetail: {
            name: string;
            /** @example application/pdf */
            mimeType: string;
            sizeBytes: number;
            /** @description the SHA-256 of the file's bytes, in hex */
            sha256: string;
            downloadUrl: string;
        };
        EvidenceAddedBy: {
            /** Format: uuid */
            id: string | null;
            label: string;
        };
        EvidenceResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            actionId: string;
            type: components["schemas"]["EvidenceType"];
            typeLabel: string;
            title: string;
            description: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string | null;
            demonstratesImpact: boolean;
            /** @description `file` for an uploaded document, `link` for a URL */
            kind: components["schemas"]["EvidenceKind"];
            url: string | null;
            file: components["schemas"]["EvidenceFileDetail"] | null;
            addedBy: components["schemas"]["EvidenceAddedBy"];
            /** @description made up for a demonstration */
            illustrative: boolean;
            /** Format: date-time */
            archivedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SelfReviewRatingDto: {
            /** Format: uuid */
            statementId: string;
            /**
             * @description null clears the rating
             * @enum {string|null}
             */
            rating: "embedded" | "developing" | "not_yet" | null;
            notes?: string | null;
            /** @description Where the evidence is: documents, links */
            evidence?: string | null;
        };
        UpdateSelfReviewDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            summary?: string | null;
            /** @description Ratings to set; statements not named keep theirs */
            ratings?: components["schemas"]["SelfReviewRatingDto"][];
        };
        VersionDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
        };
        AuditPointDto: {
            /** @enum {string} */
            theme: "identification" | "meeting_needs" | "outcomes" | "for_schools" | "for_local_authority";
            text: string;
        };
        AuditRatingDto: {
            /** Format: uuid */
            statementId: string;
            /**
             * @description null clears the rating
             * @enum {string|null}
             */
            rating: "embedded" | "developing" | "not_yet" | null;
            note?: string | null;
        };
        UpdateAuditDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /** @example 2026-11-18 */
            visitDate?: string;
            auditors?: string[];
            strengths?: string[];
            findings?: components["schemas"]["AuditPointDto"][];
            nextSteps?: components["schemas"]["AuditPointDto"][];
            ratings?: components["schemas"]["AuditRatingDto"][];
            /**
             * @description published: the school sees it
             * @enum {string}
             */
            state?: "draft" | "published";
        };
        FrameworkEdition: {
            /** Format: uuid */
            id: string;
            version: number;
            title: string;
        };
        OverviewSchool: {
            /** Format: uuid */
            id: string;
            name: string;
            phase: components["schemas"]["SchoolPhase"];
            /** @description its unique reference number */
            urn: string;
            sencoName: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description it has a published audit in the year */
            audited: boolean;
            selfReviewSubmitted: boolean;
        };
        ExpectationRatingLabels: {
            /** @example Embedded */
            embedded: string;
            /** @example Developing */
            developing: string;
            /** @example Not yet in place */
            not_yet: string;
        };
        RatingTotals: {
            embedded: number;
            developing: number;
            not_yet: number;
            total: number;
        };
        HeatMapRowResponse: {
            number: number;
            title: string;
            counts: components["schemas"]["RatingTotals"];
            schools: number;
        };
        NeedsSupportRowResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            counts: components["schemas"]["RatingTotals"];
            /** @description the areas with a statement not yet in place */
            areasWithNotYet: number[];
        };
        RatingDifferenceResponse: {
            /** Format: uuid */
            schoolId: string;
            /** Format: uuid */
            statementId: string;
            areaNumber: number;
            selfRating: components["schemas"]["ExpectationRating"];
            auditRating: components["schemas"]["ExpectationRating"];
            schoolName: string;
            statementNumber: number;
            statementText: string;
        };
        SchoolOverviewResponse: {
            year: number;
            framework: components["schemas"]["FrameworkEdition"];
            schools: components["schemas"]["OverviewSchool"][];
            ratingLabels: components["schemas"]["ExpectationRatingLabels"];
            auditHeatMap: components["schemas"]["HeatMapRowResponse"][];
            selfReviewHeatMap: components["schemas"]["HeatMapRowResponse"][];
            needsSupport: components["schemas"]["NeedsSupportRowResponse"][];
            differences: components["schemas"]["RatingDifferenceResponse"][];
        };
        PhaseCount: {
            phase: components["schemas"]["SchoolPhase"];
            label: string;
            schools: number;
        };
        ThematicPointResponse: {
            text: string;
            /** @description the schools it was said of */
            schools: number;
        };
        ThematicSectionResponse: {
            theme: components["schemas"]["AuditTheme"];
            title: string;
            schools: number;
            findings: components["schemas"]["ThematicPointResponse"][];
            recommendations: components["schemas"]["ThematicPointResponse"][];
        };
        ThematicSummaryResponse: {
            /** @description the local area's name */
            localArea: string;
            year: number;
            /** @example 2025 to 2026 */
            yearLabel: string;
            schoolsVisited: number;
            byPhase: components["schemas"]["PhaseCount"][];
            overview: string;
            strengths: components["schemas"]["ThematicPointResponse"][];
            themes: components["schemas"]["ThematicSectionResponse"][];
        };
        LocalAreaResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example plymouth */
            slug: string;
            councilName: string;
            icbName: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FirstAdministratorDto: {
            /** @example head.of.send@example.gov.uk */
            email: string;
            /** @example Head of SEND */
            displayName: string;
        };
        CreateLocalAreaDto: {
            /** @example Devon */
            name: string;
            /**
             * @description Lower-case letters, digits and hyphens
             * @example devon
             */
            slug: string;
            /** @example Devon County Council */
            councilName?: string;
            /** @example NHS Devon */
            icbName?: string;
            administrator: components["schemas"]["FirstAdministratorDto"];
        };
        CreatedAdministrator: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            /** @description the first password, shown only in this answer */
            password: string;
        };
        CreatedLocalAreaResponse: {
            localArea: components["schemas"]["LocalAreaResponse"];
            administrator: components["schemas"]["CreatedAdministrator"];
        };
        LocalAreaRef: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example plymouth */
            slug: string;
        };
        TitledRef: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        ImpactStatusCounts: {
            not_yet_complete: number;
            complete_monitoring_impact: number;
            complete_impact_evidenced: number;
        };
        DeliveryStatusCounts: {
            not_started: number;
            on_track: number;
            at_risk: number;
            off_track: number;
            complete: number;
        };
        LocalAreaSummary: {
            localArea: components["schemas"]["LocalAreaRef"];
            /** @description the area's current (not archived) plans; the dashboard link opens the first */
            plans: components["schemas"]["TitledRef"][];
            actions: number;
            byImpactStatus: components["schemas"]["ImpactStatusCounts"];
            byDeliveryStatus: components["schemas"]["DeliveryStatusCounts"];
            offTrack: number;
            overdue: number;
            measures: number;
            measuresOffTrack: number;
            /**
             * Format: date-time
             * @description when the last Improvement Board pack was published (approved), or null
             */
            lastApprovedBoardPackAt: string | null;
        };
        AdvisedLocalArea: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example plymouth */
            slug: string;
        };
        AdviserResponse: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            active: boolean;
            /** @description the local area the account belongs to */
            localArea: components["schemas"]["NamedRef"];
            /** @description by name */
            advisedLocalAreas: components["schemas"]["AdvisedLocalArea"][];
        };
        AdvisedLocalAreasDto: {
            /** @description Every local area the adviser reads besides their own; replaces the list */
            localAreaIds: string[];
        };
        HealthResponse: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "up";
        };
        PlanResponse: {
            /** Format: uuid */
            id: string;
            /** @example plymouth-2025 */
            slug: string;
            title: string;
            /** @example Plymouth */
            localArea: string;
            description: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            inspectionDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            endDate: string | null;
            version: number;
        };
        PlanPage: {
            items: components["schemas"]["PlanResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreatePlanDto: {
            /** @example plymouth-send-2023 */
            slug: string;
            title: string;
            localArea: string;
            description?: string;
            /** @example 2025-01-31 */
            inspectionDate?: string | null;
            /** @example 2025-01-31 */
            startDate?: string | null;
            /** @example 2025-01-31 */
            endDate?: string | null;
        };
        PersonRef: {
            /** Format: uuid */
            id: string;
            name: string;
            jobTitle: string | null;
        };
        PriorityAreaResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            number: number;
            title: string;
            aim: string;
            progressNarrative: string;
            lead: components["schemas"]["PersonRef"] | null;
            deliveryGroup: components["schemas"]["NamedRef"] | null;
            version: number;
        };
        PlanDetailResponse: {
            /** Format: uuid */
            id: string;
            /** @example plymouth-2025 */
            slug: string;
            title: string;
            /** @example Plymouth */
            localArea: string;
            description: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            inspectionDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            endDate: string | null;
            version: number;
            priorityAreas: components["schemas"]["PriorityAreaResponse"][];
        };
        PrioritySummary: {
            actions: number;
            byImpactStatus: components["schemas"]["ImpactStatusCounts"];
            byDeliveryStatus: components["schemas"]["DeliveryStatusCounts"];
            overdue: number;
            /** Format: uuid */
            id: string;
            number: number;
            title: string;
        };
        JudgementCounts: {
            not_yet_complete: number;
            complete_monitoring_impact: number;
            complete_impact_evidenced: number;
        };
        LatestCriticalReview: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            reviewDate: string;
            title: string;
            facilitators: string;
            /** @description the actions judged */
            actions: number;
            byJudgement: components["schemas"]["JudgementCounts"];
        };
        PlanSummary: {
            actions: number;
            byImpactStatus: components["schemas"]["ImpactStatusCounts"];
            byDeliveryStatus: components["schemas"]["DeliveryStatusCounts"];
            overdue: number;
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @description the day the figures are for
             * @example 2025-03-31
             */
            asAt: string;
            priorities: components["schemas"]["PrioritySummary"][];
            /** @description the latest approved critical review held by the day; null when there is none */
            latestCriticalReview: components["schemas"]["LatestCriticalReview"] | null;
        };
        PlanChangeCounts: {
            statusChanges: number;
            newActions: number;
            completions: number;
            missedDeadlines: number;
            reDated: number;
        };
        ChangedActionRef: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number;
        };
        DeliveryStatusMove: {
            from: components["schemas"]["DeliveryStatus"];
            to: components["schemas"]["DeliveryStatus"];
        };
        ImpactStatusMove: {
            from: components["schemas"]["ImpactStatus"];
            to: components["schemas"]["ImpactStatus"];
        };
        /** @enum {string} */
        StatusChangeCause: "import" | "create" | "edit" | "update_approved";
        ChangeStatusUpdateRef: {
            /** Format: uuid */
            id: string;
            /** @description the reporting period the update was for */
            period: components["schemas"]["TitledRef"] | null;
        };
        ActorLabel: {
            /** @example Head of SEND */
            label: string;
        };
        StatusChange: {
            action: components["schemas"]["ChangedActionRef"];
            /** Format: date-time */
            at: string;
            delivery: components["schemas"]["DeliveryStatusMove"] | null;
            impact: components["schemas"]["ImpactStatusMove"] | null;
            cause: components["schemas"]["StatusChangeCause"];
            /** @description the approved update that made the change */
            statusUpdate: components["schemas"]["ChangeStatusUpdateRef"] | null;
            by: components["schemas"]["ActorLabel"];
        };
        ReDatedChange: {
            action: components["schemas"]["ChangedActionRef"];
            /** Format: date-time */
            at: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            from: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            to: string | null;
            reason: string | null;
            by: components["schemas"]["ActorLabel"];
        };
        NewActionChange: {
            action: components["schemas"]["ChangedActionRef"];
            /** Format: date-time */
            at: string;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            impactStatus: components["schemas"]["ImpactStatus"];
            cause: components["schemas"]["StatusChangeCause"];
        };
        CompletionChange: {
            action: components["schemas"]["ChangedActionRef"];
            /** Format: date-time */
            at: string;
            statusUpdate: components["schemas"]["ChangeStatusUpdateRef"] | null;
            by: components["schemas"]["ActorLabel"];
        };
        MissedDeadline: {
            action: components["schemas"]["ChangedActionRef"];
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            impactStatus: components["schemas"]["ImpactStatus"];
            ownerPerson: components["schemas"]["NamedRef"] | null;
            ownerOrganisation: components["schemas"]["NamedRef"] | null;
        };
        PlanChanges: {
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            from: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            to: string;
            counts: components["schemas"]["PlanChangeCounts"];
            statusChanges: components["schemas"]["StatusChange"][];
            reDated: components["schemas"]["ReDatedChange"][];
            newActions: components["schemas"]["NewActionChange"][];
            completions: components["schemas"]["CompletionChange"][];
            missedDeadlines: components["schemas"]["MissedDeadline"][];
        };
        /** @enum {string} */
        CriticalReviewStatus: "draft" | "submitted" | "approved" | "returned";
        ReviewParty: {
            /** Format: uuid */
            id: string | null;
            label: string;
        };
        CriticalReviewResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            reviewDate: string;
            title: string;
            facilitators: string;
            sourceNote: string;
            status: components["schemas"]["CriticalReviewStatus"];
            recordedBy: components["schemas"]["ReviewParty"];
            /** Format: date-time */
            submittedAt: string | null;
            submittedBy: components["schemas"]["ReviewParty"] | null;
            /** Format: date-time */
            moderatedAt: string | null;
            moderatedBy: components["schemas"]["ReviewParty"] | null;
            /** @description why it was returned, or what the moderator noted */
            moderationNote: string | null;
            /** @description the actions judged */
            actions: number;
            byJudgement: components["schemas"]["JudgementCounts"];
            version: number;
        };
        CriticalReviewPage: {
            items: components["schemas"]["CriticalReviewResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreateCriticalReviewDto: {
            /**
             * @description The day of the review
             * @example 2025-01-09
             */
            reviewDate: string;
            /** @example Critical review workshop, January 2025 */
            title: string;
            /**
             * @description Who facilitated it, in words
             * @example DfE SEND adviser; Head of SEND, Telford and Wrekin
             */
            facilitators?: string;
            /** @description Where the findings come from */
            sourceNote?: string;
        };
        ReviewActionRef: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number;
        };
        /** @enum {string} */
        JudgementChange: "moved_forward" | "slipped_back" | "unchanged" | "new";
        ReviewJudgement: {
            action: components["schemas"]["ReviewActionRef"];
            judgement: components["schemas"]["ImpactStatus"];
            reason: string;
            /** @description its judgement in the previous approved review */
            previousJudgement: components["schemas"]["ImpactStatus"] | null;
            change: components["schemas"]["JudgementChange"];
        };
        PreviousReviewRef: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            reviewDate: string;
            title: string;
        };
        JudgementChangeCounts: {
            moved_forward: number;
            slipped_back: number;
            unchanged: number;
            new: number;
        };
        NotJudgedAgain: {
            action: components["schemas"]["ReviewActionRef"];
            judgement: components["schemas"]["ImpactStatus"];
        };
        ReviewComparisonResponse: {
            previousReview: components["schemas"]["PreviousReviewRef"] | null;
            counts: components["schemas"]["JudgementChangeCounts"];
            /** @description the actions judged further on than before */
            movedForward: string[];
            /** @description the actions judged further back than before */
            slippedBack: string[];
            notJudgedAgain: components["schemas"]["NotJudgedAgain"][];
        };
        CriticalReviewDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            reviewDate: string;
            title: string;
            facilitators: string;
            sourceNote: string;
            status: components["schemas"]["CriticalReviewStatus"];
            recordedBy: components["schemas"]["ReviewParty"];
            /** Format: date-time */
            submittedAt: string | null;
            submittedBy: components["schemas"]["ReviewParty"] | null;
            /** Format: date-time */
            moderatedAt: string | null;
            moderatedBy: components["schemas"]["ReviewParty"] | null;
            /** @description why it was returned, or what the moderator noted */
            moderationNote: string | null;
            /** @description the actions judged */
            actions: number;
            byJudgement: components["schemas"]["JudgementCounts"];
            version: number;
            judgements: components["schemas"]["ReviewJudgement"][];
            comparison: components["schemas"]["ReviewComparisonResponse"];
        };
        UpdateCriticalReviewDto: {
            /** @description The version the review was read at; a stale version is refused with 409 */
            version: number;
            /** @example 2025-01-09 */
            reviewDate?: string;
            title?: string;
            facilitators?: string;
            sourceNote?: string;
        };
        JudgementDto: {
            /** Format: uuid */
            actionId: string;
            /** @enum {string} */
            judgement: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
            /** @description Why: what the review heard or saw */
            reason?: string;
        };
        PutJudgementsDto: {
            /** @description The version the review was read at; a stale version is refused with 409 */
            version: number;
            judgements: components["schemas"]["JudgementDto"][];
        };
        ReviewVersionDto: {
            /** @description The version the review was read at; a stale version is refused with 409 */
            version: number;
        };
        ModerateCriticalReviewDto: {
            /** @description The version the review was read at; a stale version is refused with 409 */
            version: number;
            /** @description Required to return a review: what to change */
            note?: string;
        };
        /** @enum {string} */
        CaseAuditGrade: "outstanding" | "good" | "requires_improvement" | "inadequate";
        CaseAuditGrades: {
            identification_of_need: components["schemas"]["CaseAuditGrade"];
            assessment: components["schemas"]["CaseAuditGrade"];
            quality_of_ehc_plan: components["schemas"]["CaseAuditGrade"];
            childs_voice: components["schemas"]["CaseAuditGrade"];
            multi_agency_working: components["schemas"]["CaseAuditGrade"];
            outcomes: components["schemas"]["CaseAuditGrade"];
        };
        PriorityAreaRef: {
            /** Format: uuid */
            id: string;
            number: number;
            title: string;
        };
        CaseAuditRecorder: {
            /** Format: uuid */
            id: string | null;
            label: string;
        };
        CaseAuditResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /**
             * @description a case reference, never a child's name
             * @example CA-2025-01
             */
            reference: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            auditDate: string;
            auditorOrganisations: components["schemas"]["NamedRef"][];
            grades: components["schemas"]["CaseAuditGrades"];
            strengths: string;
            learningThemes: string[];
            /** @description in priority order */
            priorityAreas: components["schemas"]["PriorityAreaRef"][];
            /** @description made up for a demonstration */
            illustrative: boolean;
            recordedBy: components["schemas"]["CaseAuditRecorder"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CaseAuditPage: {
            items: components["schemas"]["CaseAuditResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        /** @enum {string} */
        CaseAuditDomain: "identification_of_need" | "assessment" | "quality_of_ehc_plan" | "childs_voice" | "multi_agency_working" | "outcomes";
        CaseAuditGradeCounts: {
            outstanding: number;
            good: number;
            requires_improvement: number;
            inadequate: number;
        };
        CaseAuditDomainSummaryResponse: {
            domain: components["schemas"]["CaseAuditDomain"];
            label: string;
            counts: components["schemas"]["CaseAuditGradeCounts"];
            /** @description the audits that graded it */
            graded: number;
            /** @description graded good or outstanding */
            goodOrBetter: number;
        };
        LearningThemeCountResponse: {
            theme: string;
            /** @description the audits that raised it */
            count: number;
        };
        CaseAuditSummaryResponse: {
            /** Format: uuid */
            planId: string;
            audits: number;
            /** @description in the domains' order */
            domains: components["schemas"]["CaseAuditDomainSummaryResponse"][];
            learningThemes: components["schemas"]["LearningThemeCountResponse"][];
            /** @description how many of the audits were made up for a demonstration */
            illustrative: number;
        };
        CaseAuditGradesDto: {
            /** @enum {string} */
            identification_of_need: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /** @enum {string} */
            assessment: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /** @enum {string} */
            quality_of_ehc_plan: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /** @enum {string} */
            childs_voice: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /** @enum {string} */
            multi_agency_working: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /** @enum {string} */
            outcomes: "outstanding" | "good" | "requires_improvement" | "inadequate";
        };
        CreateCaseAuditDto: {
            /**
             * @description A case reference, never a child's name: letters, digits and hyphens, with at least one digit
             * @example CA-2025-01
             */
            reference: string;
            /**
             * @description The day of the audit
             * @example 2025-01-22
             */
            auditDate: string;
            /** @description The auditors' organisations: ids of the local area's organisations */
            auditorOrganisationIds?: string[];
            grades: components["schemas"]["CaseAuditGradesDto"];
            /** @description What the audit found was strong */
            strengths?: string;
            /** @description What the partnership learns, each in a few words */
            learningThemes?: string[];
            /** @description The plan's priority areas the findings bear on */
            priorityAreaIds?: string[];
            /** @description Demo data, not a real audit */
            illustrative?: boolean;
        };
        UpdateCaseAuditDto: {
            /** @description The version the audit was read at; a stale version is refused with 409 */
            version: number;
            /**
             * @description A case reference, never a child's name
             * @example CA-2025-01
             */
            reference?: string;
            /** @example 2025-01-22 */
            auditDate?: string;
            auditorOrganisationIds?: string[];
            grades?: components["schemas"]["CaseAuditGradesDto"];
            strengths?: string;
            learningThemes?: string[];
            priorityAreaIds?: string[];
            illustrative?: boolean;
        };
        PublicSummaryPublisher: {
            /** Format: uuid */
            id: string | null;
            label: string;
        };
        PublicSummaryVersion: {
            /** Format: uuid */
            id: string;
            versionNumber: number;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: components["schemas"]["PublicSummaryPublisher"];
        };
        PublicLocalArea: {
            name: string;
            /** @example plymouth */
            slug: string;
        };
        PublicPlanRef: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        PublicProgressCountsResponse: {
            actions: number;
            complete: number;
            onTrack: number;
            /** @description at risk or off track */
            needsWork: number;
            notStarted: number;
            /** @description done, and shown to have made a difference */
            impactEvidenced: number;
            overdue: number;
        };
        PublicPriorityAreaResponse: {
            number: number;
            title: string;
            /** @description its progress in a sentence */
            summary: string;
        };
        PublicSinceLastBoard: {
            /**
             * Format: date
             * @description the day of the last board meeting, or null when there has been none
             * @example 2025-03-31
             */
            boardDate: string | null;
            sentences: string[];
        };
        PublicVoiceItemResponse: {
            youSaid: string;
            weDid: string;
        };
        PublicSummaryContentResponse: {
            /** @enum {integer} */
            schemaVersion: 1;
            localArea: components["schemas"]["PublicLocalArea"];
            plan: components["schemas"]["PublicPlanRef"];
            /**
             * Format: date
             * @description the day the figures are for
             * @example 2025-03-31
             */
            asAt: string;
            headline: string[];
            progress: components["schemas"]["PublicProgressCountsResponse"];
            priorityAreas: components["schemas"]["PublicPriorityAreaResponse"][];
            sinceLastBoard: components["schemas"]["PublicSinceLastBoard"];
            youSaidWeDid: components["schemas"]["PublicVoiceItemResponse"][];
        };
        PublicSummaryOverview: {
            /** Format: uuid */
            planId: string;
            versions: components["schemas"]["PublicSummaryVersion"][];
            preview: components["schemas"]["PublicSummaryContentResponse"];
        };
        PublishedSummaryVersion: {
            /** Format: uuid */
            planId: string;
            versionNumber: number;
            /** Format: date-time */
            publishedAt: string;
            content: components["schemas"]["PublicSummaryContentResponse"];
            /** Format: uuid */
            id: string;
            publishedBy: components["schemas"]["PublicSummaryPublisher"];
        };
        PublishedSummary: {
            /** Format: uuid */
            planId: string;
            versionNumber: number;
            /** Format: date-time */
            publishedAt: string;
            content: components["schemas"]["PublicSummaryContentResponse"];
        };
        CreatePriorityAreaDto: {
            /** Format: uuid */
            planId: string;
            number: number;
            title: string;
            aim?: string;
            progressNarrative?: string;
            /** Format: uuid */
            leadPersonId?: string | null;
            /** Format: uuid */
            deliveryGroupId?: string | null;
        };
        UpdatePriorityAreaDto: {
            number?: number;
            title?: string;
            aim?: string;
            progressNarrative?: string;
            /** Format: uuid */
            leadPersonId?: string | null;
            /** Format: uuid */
            deliveryGroupId?: string | null;
            version: number;
        };
        /** @enum {string} */
        InconsistencyCode: "past_due_not_complete" | "complete_with_open_milestones" | "impact_evidenced_without_evidence";
        InconsistencyResponse: {
            code: components["schemas"]["InconsistencyCode"];
            message: string;
        };
        ActionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            priorityAreaId: string;
            priorityNumber: number | null;
            /** @example 1.2 */
            reference: string;
            title: string;
            description: string;
            ownerOrganisation: components["schemas"]["NamedRef"] | null;
            ownerPerson: components["schemas"]["PersonRef"] | null;
            /** @description partner organisations, by name */
            partners: components["schemas"]["NamedRef"][];
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            deliveryStatusLabel: string;
            impactStatus: components["schemas"]["ImpactStatus"];
            impactStatusLabel: string;
            overdue: boolean;
            /** @description given where the facts were counted (an action, or the list by plan) */
            inconsistencies?: components["schemas"]["InconsistencyResponse"][];
            /** Format: date-time */
            archivedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ActionPage: {
            items: components["schemas"]["ActionResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        MilestoneResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            actionId: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            completedOn: string | null;
            /** @description it has a completion date */
            done: boolean;
            version: number;
        };
        ActionDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            priorityAreaId: string;
            priorityNumber: number | null;
            /** @example 1.2 */
            reference: string;
            title: string;
            description: string;
            ownerOrganisation: components["schemas"]["NamedRef"] | null;
            ownerPerson: components["schemas"]["PersonRef"] | null;
            /** @description partner organisations, by name */
            partners: components["schemas"]["NamedRef"][];
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            deliveryStatusLabel: string;
            impactStatus: components["schemas"]["ImpactStatus"];
            impactStatusLabel: string;
            overdue: boolean;
            /** @description given where the facts were counted (an action, or the list by plan) */
            inconsistencies?: components["schemas"]["InconsistencyResponse"][];
            /** Format: date-time */
            archivedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            milestones: components["schemas"]["MilestoneResponse"][];
        };
        ActionHistoryRow: {
            /** Format: date-time */
            at: string;
            cause: components["schemas"]["StatusChangeCause"];
            by: components["schemas"]["ActorLabel"];
            /**
             * Format: uuid
             * @description the approved status update that made the change
             */
            statusUpdateId: string | null;
            reason: string | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            impactStatus: components["schemas"]["ImpactStatus"];
            reference: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            ownerPerson: components["schemas"]["NamedRef"] | null;
            ownerOrganisation: components["schemas"]["NamedRef"];
        };
        ActionHistoryResponse: {
            /** Format: uuid */
            actionId: string;
            items: components["schemas"]["ActionHistoryRow"][];
        };
        CreateActionDto: {
            /** Format: uuid */
            priorityAreaId: string;
            /** @example 3.4 */
            reference: string;
            title: string;
            description?: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            /** Format: uuid */
            ownerPersonId?: string | null;
            partnerOrganisationIds?: string[];
            /** @example 2025-01-31 */
            startDate?: string | null;
            /** @example 2025-09-30 */
            dueDate?: string | null;
            /** @enum {string} */
            deliveryStatus?: "not_started" | "on_track" | "at_risk" | "off_track" | "complete";
            /** @enum {string} */
            impactStatus?: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
        };
        UpdateActionDto: {
            /** @example 3.4 */
            reference?: string;
            title?: string;
            description?: string;
            /** Format: uuid */
            ownerOrganisationId?: string;
            /** Format: uuid */
            ownerPersonId?: string | null;
            partnerOrganisationIds?: string[];
            /** @example 2025-01-31 */
            startDate?: string | null;
            /** @example 2025-09-30 */
            dueDate?: string | null;
            /** @enum {string} */
            deliveryStatus?: "not_started" | "on_track" | "at_risk" | "off_track" | "complete";
            /** @enum {string} */
            impactStatus?: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /** @description Why the change is made; required when the due date changes. Kept in the action's history and shown in packs. */
            reason?: string;
        };
        ArchiveDto: {
            version: number;
        };
        CreateMilestoneDto: {
            title: string;
            /** @example 2025-03-31 */
            dueDate?: string | null;
            /** @description The date it was done; null while open */
            completedOn?: string | null;
        };
        UpdateMilestoneDto: {
            title?: string;
            /** @example 2025-03-31 */
            dueDate?: string | null;
            /** @description The date it was done; null while open */
            completedOn?: string | null;
            version: number;
        };
        UpdateEvidenceDto: {
            /** @enum {string} */
            type?: "document" | "link" | "data" | "case_study" | "audit" | "training_record" | "minutes" | "voice_of_children_and_young_people" | "voice_of_parent_carers";
            title?: string;
            description?: string;
            /**
             * @description The date the evidence is from
             * @example 2025-01-09
             */
            date?: string;
            /**
             * @description Demonstrates impact on children and young people
             * @default false
             */
            demonstratesImpact?: boolean;
            /**
             * @description A link (http or https) instead of a file
             * @example https://www.plymouth.gov.uk/send
             */
            url?: string;
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
        };
        ArchiveEvidenceDto: {
            version: number;
        };
        /** @enum {string} */
        GovernanceBodyKind: "improvement_board" | "strategic_delivery_group" | "priority_delivery_group" | "scrutiny" | "nhs_committee" | "cabinet" | "other";
        MeetingRef: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
        };
        GovernanceBodyResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** @description a short key, unique in the plan, that imports and seeds refer to it by */
            key: string;
            name: string;
            kind: components["schemas"]["GovernanceBodyKind"];
            /** @description its kind in words; a school's plan's board is its governing board */
            kindLabel: string;
            chair: string;
            /** @description how often it meets, in words */
            cadence: string;
            /** @description the priority areas it delivers (for a priority delivery group) */
            priorityAreas: components["schemas"]["PriorityAreaRef"][];
            meetingCount: number;
            lastMeeting: components["schemas"]["MeetingRef"] | null;
            nextMeeting: components["schemas"]["MeetingRef"] | null;
            version: number;
        };
        GovernanceBodyList: {
            /** @description boards first, then groups and committees, by name */
            items: components["schemas"]["GovernanceBodyResponse"][];
            total: number;
        };
        CreateGovernanceBodyDto: {
            /** Format: uuid */
            planId: string;
            /** @example SEND Improvement Board */
            name: string;
            /**
             * @description unique in the plan; defaults to one made from the name
             * @example send-improvement-board
             */
            key?: string;
            /** @enum {string} */
            kind: "improvement_board" | "strategic_delivery_group" | "priority_delivery_group" | "scrutiny" | "nhs_committee" | "cabinet" | "other";
            /** @example Independent Chair */
            chair?: string;
            /** @example every six weeks */
            cadence?: string;
        };
        BodyMemberResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** Format: email */
            email: string;
        };
        BodyMembersResponse: {
            /** Format: uuid */
            bodyId: string;
            members: components["schemas"]["BodyMemberResponse"][];
        };
        SetBodyMembersDto: {
            /** @description The accounts of every member */
            userIds: string[];
        };
        MeetingBodyRef: {
            /** Format: uuid */
            id: string;
            name: string;
            kind: components["schemas"]["GovernanceBodyKind"];
        };
        MeetingResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            body: components["schemas"]["MeetingBodyRef"];
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            /**
             * Format: date-time
             * @description the pack cut-off
             */
            cutOffAt: string;
            /**
             * @description the cut-off as clocks in England showed it
             * @example 2025-02-05T17:00
             */
            cutOffLocal: string;
            location: string;
            /** @description the meeting covers every priority area */
            allPriorityAreas: boolean;
            priorityAreaIds: string[];
            /** @description the priority areas in scope, in order */
            priorityAreas: components["schemas"]["PriorityAreaRef"][];
            /** @description made up for a demonstration */
            illustrative: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MeetingPage: {
            items: components["schemas"]["MeetingResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        MeetingBodyDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            kind: components["schemas"]["GovernanceBodyKind"];
            chair: string;
        };
        DecisionTally: {
            open: number;
            closed: number;
        };
        MeetingDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            body: components["schemas"]["MeetingBodyDetail"];
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            /**
             * Format: date-time
             * @description the pack cut-off
             */
            cutOffAt: string;
            /**
             * @description the cut-off as clocks in England showed it
             * @example 2025-02-05T17:00
             */
            cutOffLocal: string;
            location: string;
            /** @description the meeting covers every priority area */
            allPriorityAreas: boolean;
            priorityAreaIds: string[];
            /** @description the priority areas in scope, in order */
            priorityAreas: components["schemas"]["PriorityAreaRef"][];
            /** @description made up for a demonstration */
            illustrative: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            previousMeeting: components["schemas"]["MeetingRef"] | null;
            nextMeeting: components["schemas"]["MeetingRef"] | null;
            decisions: components["schemas"]["DecisionTally"];
            /** @description the reporting period that ends in this meeting, when it is a board the plan reports to */
            reportingPeriod: components["schemas"]["PeriodSummary"] | null;
        };
        CreateMeetingDto: {
            /**
             * Format: uuid
             * @description the governance body that meets
             */
            bodyId: string;
            /** @example 2025-02-12 */
            meetingDate: string;
            /**
             * @description defaults to 17:00 (England) seven days before the meeting
             * @example 2025-02-05T17:00
             */
            cutOffAt?: string;
            /** @description defaults to the body's name */
            title?: string;
            /** @description priority areas in scope; leave out or empty for all */
            priorityAreaIds?: string[];
            location?: string;
        };
        UpdateMeetingDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /** Format: uuid */
            bodyId?: string;
            meetingDate?: string;
            cutOffAt?: string;
            title?: string;
            priorityAreaIds?: string[];
            location?: string;
        };
        DecisionMeetingRef: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            body: components["schemas"]["NamedRef"] | null;
        };
        ActionRef: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
        };
        /** @enum {string} */
        DecisionKind: "decision" | "challenge";
        /** @enum {string} */
        DecisionStatus: "open" | "closed";
        DecisionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            meeting: components["schemas"]["DecisionMeetingRef"] | null;
            action: components["schemas"]["ActionRef"] | null;
            kind: components["schemas"]["DecisionKind"];
            kindLabel: string;
            text: string;
            owner: components["schemas"]["PersonRef"] | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            status: components["schemas"]["DecisionStatus"];
            statusLabel: string;
            overdue: boolean;
            closingNote: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            closedOn: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DecisionPage: {
            items: components["schemas"]["DecisionResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreateDecisionDto: {
            /** @enum {string} */
            kind: "decision" | "challenge";
            text: string;
            /**
             * Format: uuid
             * @description the action it is about
             */
            actionId?: string | null;
            /** Format: uuid */
            ownerPersonId?: string | null;
            /** @example 2025-03-19 */
            dueDate?: string | null;
        };
        UpdateDecisionDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /** @enum {string} */
            kind?: "decision" | "challenge";
            text?: string;
            /** Format: uuid */
            actionId?: string | null;
            /** Format: uuid */
            ownerPersonId?: string | null;
            dueDate?: string | null;
            /**
             * @description closed needs closingNote; closedOn defaults to today. open clears both.
             * @enum {string}
             */
            status?: "open" | "closed";
            /** @description how it was resolved */
            closingNote?: string;
            /** @example 2025-03-19 */
            closedOn?: string;
        };
        PackMeetingBody: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        PackMeeting: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date */
            meetingDate: string;
            body: components["schemas"]["PackMeetingBody"];
        };
        /** @enum {string} */
        PackState: "draft" | "publishing" | "published";
        PackActor: {
            /** Format: uuid */
            id: string | null;
            label: string | null;
        };
        /** @enum {string} */
        SnapshotStatusBasis: "current" | "as_at";
        PackHeadline: {
            actions: number;
            byImpactStatus: components["schemas"]["ImpactStatusCounts"];
            byDeliveryStatus: components["schemas"]["DeliveryStatusCounts"];
            overdue: number;
            openDecisions: number;
            statusBasis: components["schemas"]["SnapshotStatusBasis"];
        };
        PackFileResponse: {
            /** @example board-pack.pdf */
            name: string;
            title: string;
            /** @example application/pdf */
            contentType: string;
            size: number | null;
            sha256: string | null;
            url: string;
        };
        PackResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            meeting: components["schemas"]["PackMeeting"] | null;
            state: components["schemas"]["PackState"];
            stateLabel: string;
            /** Format: date-time */
            generatedAt: string;
            generatedBy: components["schemas"]["PackActor"];
            /**
             * Format: date-time
             * @description the moment the figures describe
             */
            asAt: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: components["schemas"]["PackActor"] | null;
            headline: components["schemas"]["PackHeadline"];
            files: components["schemas"]["PackFileResponse"][];
            version: number;
        };
        PackList: {
            items: components["schemas"]["PackResponse"][];
            total: number;
        };
        SnapshotPlan: {
            /** Format: uuid */
            id: string;
            title: string;
            localArea: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            inspectionDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            endDate: string | null;
        };
        SnapshotMeetingBody: {
            /** Format: uuid */
            id: string;
            name: string;
            kind: string;
            chair: string;
        };
        SnapshotPreviousMeeting: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            /** Format: date-time */
            cutOffAt: string;
        };
        SnapshotMeeting: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            /** Format: date-time */
            cutOffAt: string;
            location: string;
            body: components["schemas"]["SnapshotMeetingBody"];
            previousMeeting: components["schemas"]["SnapshotPreviousMeeting"] | null;
        };
        SummaryCounts: {
            actions: number;
            byImpactStatus: components["schemas"]["ImpactStatusCounts"];
            byDeliveryStatus: components["schemas"]["DeliveryStatusCounts"];
            overdue: number;
        };
        SnapshotPersonRef: {
            name: string;
            jobTitle: string | null;
        };
        SnapshotNextMilestone: {
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
        };
        SnapshotMilestonesResponse: {
            total: number;
            done: number;
            /** @description the first milestone not done, by due date */
            next: components["schemas"]["SnapshotNextMilestone"] | null;
        };
        SnapshotEvidenceCounts: {
            total: number;
            /** @description those that demonstrate impact */
            impact: number;
        };
        SnapshotIssue: {
            code: components["schemas"]["InconsistencyCode"];
            message: string;
        };
        SnapshotUpdateResponse: {
            /** Format: uuid */
            id: string;
            periodTitle: string | null;
            /** Format: date-time */
            approvedAt: string | null;
            narrative: string;
            nextSteps: string;
            risks: string;
            deliveryStatus: components["schemas"]["DeliveryStatus"] | null;
            impactStatus: components["schemas"]["ImpactStatus"] | null;
        };
        SnapshotActionResponse: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number;
            description: string;
            owner: components["schemas"]["SnapshotPersonRef"] | null;
            organisation: string | null;
            partners: string[];
            /**
             * Format: date
             * @example 2025-03-31
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            impactStatus: components["schemas"]["ImpactStatus"];
            overdue: boolean;
            milestones: components["schemas"]["SnapshotMilestonesResponse"];
            evidence: components["schemas"]["SnapshotEvidenceCounts"];
            /** @description warnings that the status may not tell the whole story */
            issues: components["schemas"]["SnapshotIssue"][];
            /** @description the latest approved update, when status updates are recorded */
            latestUpdate?: components["schemas"]["SnapshotUpdateResponse"] | null;
            /** @description no approved update for more than two reporting periods, when reporting periods are recorded */
            stale?: boolean;
        };
        /** @enum {string} */
        Polarity: "higher_is_better" | "lower_is_better";
        SnapshotFigure: {
            value: number | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string | null;
        };
        SnapshotReading: {
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string;
            value: number;
            /** @description the people the figure stands for (a survey's respondents; newer snapshots) */
            cohortSize?: number | null;
        };
        SnapshotMeasureResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            unit: string;
            unitLabel: string;
            polarity: components["schemas"]["Polarity"];
            baseline: components["schemas"]["SnapshotFigure"];
            target: components["schemas"]["SnapshotFigure"];
            status: string;
            statusLabel: string;
            trend: string;
            trendLabel: string;
            latest: components["schemas"]["SnapshotReading"] | null;
            expected: number | null;
            /** @description values up to the snapshot's date, oldest first */
            series: components["schemas"]["SnapshotReading"][];
            source: string | null;
            /** @description records or survey (newer snapshots) */
            sourceKind?: string;
            /** @description made up for a demonstration */
            illustrative: boolean;
            targetMissed?: boolean;
            valueOverdue?: boolean;
            /** Format: date */
            nextValueDue?: string | null;
        };
        SnapshotPriorityResponse: {
            /** Format: uuid */
            id: string;
            number: number;
            title: string;
            aim: string;
            progressNarrative: string;
            lead: components["schemas"]["SnapshotPersonRef"] | null;
            deliveryGroup: string | null;
            counts: components["schemas"]["SummaryCounts"];
            actions: components["schemas"]["SnapshotActionResponse"][];
            /** @description present once measures are recorded */
            measures?: components["schemas"]["SnapshotMeasureResponse"][];
        };
        SnapshotActionRef: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number;
        };
        SnapshotInconsistentAction: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number;
            issues: components["schemas"]["SnapshotIssue"][];
        };
        /** @enum {string} */
        ExceptionReason: "off_track" | "overdue" | "stale" | "inconsistent";
        SnapshotExceptionItem: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number;
            issues: components["schemas"]["SnapshotIssue"][];
            reasons: components["schemas"]["ExceptionReason"][];
        };
        SnapshotExceptions: {
            offTrack: components["schemas"]["SnapshotActionRef"][];
            overdue: components["schemas"]["SnapshotActionRef"][];
            inconsistent: components["schemas"]["SnapshotInconsistentAction"][];
            /** @description present once reporting periods and approved updates are recorded */
            stale?: components["schemas"]["SnapshotActionRef"][];
            /** @description every exception with all its reasons (newer snapshots) */
            items?: components["schemas"]["SnapshotExceptionItem"][];
        };
        SnapshotSince: {
            meetingTitle: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            /** Format: date-time */
            date: string;
        };
        SnapshotDeliveryMove: {
            from: components["schemas"]["DeliveryStatus"];
            to: components["schemas"]["DeliveryStatus"];
        };
        SnapshotImpactMove: {
            from: components["schemas"]["ImpactStatus"];
            to: components["schemas"]["ImpactStatus"];
        };
        SnapshotStatusMoveResponse: {
            action: components["schemas"]["SnapshotActionRef"];
            /** Format: date-time */
            at: string;
            delivery: components["schemas"]["SnapshotDeliveryMove"] | null;
            impact: components["schemas"]["SnapshotImpactMove"] | null;
            periodTitle: string | null;
        };
        SnapshotNewAction: {
            action: components["schemas"]["SnapshotActionRef"];
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            impactStatus: components["schemas"]["ImpactStatus"];
        };
        SnapshotCompletion: {
            action: components["schemas"]["SnapshotActionRef"];
            /** Format: date-time */
            at: string;
        };
        SnapshotMissedDeadline: {
            action: components["schemas"]["SnapshotActionRef"];
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            owner: string | null;
        };
        SnapshotReDated: {
            action: components["schemas"]["SnapshotActionRef"];
            /** Format: date-time */
            at: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            from: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            to: string | null;
            reason: string | null;
        };
        SnapshotChangesResponse: {
            since: components["schemas"]["SnapshotSince"];
            statusChanges: components["schemas"]["SnapshotStatusMoveResponse"][];
            newActions: components["schemas"]["SnapshotNewAction"][];
            completions: components["schemas"]["SnapshotCompletion"][];
            missedDeadlines: components["schemas"]["SnapshotMissedDeadline"][];
            /** @description due dates moved (newer snapshots) */
            reDated?: components["schemas"]["SnapshotReDated"][];
        };
        SnapshotDecisionAction: {
            reference: string;
            title: string;
        };
        SnapshotDecisionMeeting: {
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
        };
        SnapshotDecisionResponse: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["DecisionKind"];
            kindLabel: string;
            text: string;
            action: components["schemas"]["SnapshotDecisionAction"] | null;
            owner: components["schemas"]["SnapshotPersonRef"] | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            overdue: boolean;
            meeting: components["schemas"]["SnapshotDecisionMeeting"];
            /** @enum {string} */
            status: "open" | "closed";
            closingNote: string | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            closedOn: string | null;
        };
        SnapshotDecisions: {
            open: components["schemas"]["SnapshotDecisionResponse"][];
            closedSinceLastMeeting: components["schemas"]["SnapshotDecisionResponse"][];
        };
        SnapshotVoiceResponseBody: {
            whatChanged: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            respondedOn: string;
            status: string;
            statusLabel: string;
            respondedBy: string;
            actions: string[];
        };
        SnapshotVoiceItemResponse: {
            /** Format: uuid */
            id: string;
            kind: string;
            kindLabel: string;
            sourceLabel: string;
            sourceTitle: string;
            voiceOfLabel: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            heardOn: string;
            cohortSize: number | null;
            words: string;
            illustrative: boolean;
            priorityNumbers: number[];
            /** @description null when no response had been given by the snapshot's day */
            response: components["schemas"]["SnapshotVoiceResponseBody"] | null;
            unanswered: boolean;
        };
        SnapshotSections: {
            measures: boolean;
            updates: boolean;
            changes: boolean;
            stale: boolean;
        };
        PlanSnapshotResponse: {
            schemaVersion: number;
            /**
             * Format: date-time
             * @description when the snapshot was taken
             */
            generatedAt: string;
            generatedBy: string;
            /**
             * Format: date-time
             * @description the moment the figures describe: the meeting's cut-off, or the generation time if earlier
             */
            asAt: string;
            /**
             * Format: date
             * @description the day (England) the statuses and "overdue" are judged on
             * @example 2025-03-31
             */
            statusDate: string;
            statusBasis: components["schemas"]["SnapshotStatusBasis"];
            plan: components["schemas"]["SnapshotPlan"];
            meeting: components["schemas"]["SnapshotMeeting"] | null;
            /** @description every priority area is in scope */
            allPriorityAreas: boolean;
            totals: components["schemas"]["SummaryCounts"];
            priorities: components["schemas"]["SnapshotPriorityResponse"][];
            exceptions: components["schemas"]["SnapshotExceptions"];
            /** @description null for a plan-level report or a body's first meeting */
            changes?: components["schemas"]["SnapshotChangesResponse"] | null;
            decisions: components["schemas"]["SnapshotDecisions"];
            /** @description "You said, we did" (newer snapshots) */
            voice?: components["schemas"]["SnapshotVoiceItemResponse"][];
            sections: components["schemas"]["SnapshotSections"];
        };
        PackDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            meeting: components["schemas"]["PackMeeting"] | null;
            state: components["schemas"]["PackState"];
            stateLabel: string;
            /** Format: date-time */
            generatedAt: string;
            generatedBy: components["schemas"]["PackActor"];
            /**
             * Format: date-time
             * @description the moment the figures describe
             */
            asAt: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: components["schemas"]["PackActor"] | null;
            headline: components["schemas"]["PackHeadline"];
            files: components["schemas"]["PackFileResponse"][];
            version: number;
            snapshot: components["schemas"]["PlanSnapshotResponse"];
        };
        PackVersionDto: {
            /** @description The version of the pack that was previewed; if it has been regenerated since, 409 */
            version?: number;
        };
        ExceptionPeriod: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            boardDate: string;
        };
        ExceptionCounts: {
            off_track: number;
            overdue: number;
            stale: number;
            inconsistent: number;
            /** @description actions with at least one reason */
            actions: number;
        };
        ExceptionAction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            priorityAreaId: string;
            priorityNumber: number | null;
            /** @example 1.2 */
            reference: string;
            title: string;
            ownerOrganisation: components["schemas"]["NamedRef"] | null;
            ownerPerson: components["schemas"]["PersonRef"] | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            deliveryStatusLabel: string;
            impactStatus: components["schemas"]["ImpactStatus"];
            impactStatusLabel: string;
        };
        ExceptionItem: {
            action: components["schemas"]["ExceptionAction"];
            reasons: components["schemas"]["ExceptionReason"][];
            issues: components["schemas"]["InconsistencyResponse"][];
        };
        PlanExceptions: {
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @description the day judged
             * @example 2025-03-31
             */
            asAt: string;
            /** @description the reporting period staleness was tracked for; null when the plan has none by then */
            period: components["schemas"]["ExceptionPeriod"] | null;
            counts: components["schemas"]["ExceptionCounts"];
            /** @description in reference order */
            items: components["schemas"]["ExceptionItem"][];
        };
        /** @enum {string} */
        MeasureUnit: "count" | "percent" | "days" | "weeks" | "people";
        MeasurePoint: {
            value: number | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string | null;
        };
        /**
         * @description records, or survey: a survey's values carry their respondents
         * @enum {string}
         */
        MeasureSourceKind: "records" | "survey";
        /** @enum {string} */
        MeasureFrequency: "weekly" | "monthly" | "quarterly" | "termly" | "annually";
        /** @enum {string} */
        MeasureStatus: "on_track" | "at_risk" | "off_track" | "no_data";
        /** @enum {string} */
        Rag: "grey" | "green" | "amber" | "red" | "blue";
        /** @enum {string} */
        Trend: "improving" | "stable" | "worsening" | "no_data";
        MeasureValueEnteredBy: {
            /** Format: uuid */
            id: string | null;
            label: string;
        };
        MeasureValueResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            measureId: string;
            /**
             * Format: date
             * @description the end of the period the figure is for
             * @example 2025-03-31
             */
            periodEnd: string;
            value: number;
            note: string;
            /** @description how many people the figure stands for (a survey's respondents), when known */
            cohortSize: number | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
            enteredBy: components["schemas"]["MeasureValueEnteredBy"];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MeasureResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            priorityArea: components["schemas"]["PriorityAreaRef"] | null;
            title: string;
            description: string;
            unit: components["schemas"]["MeasureUnit"];
            unitLabel: string;
            polarity: components["schemas"]["Polarity"];
            polarityLabel: string;
            baseline: components["schemas"]["MeasurePoint"];
            target: components["schemas"]["MeasurePoint"];
            /** @description how far from the trajectory still counts as on track */
            tolerance: number;
            source: string;
            /** @description records, or survey: a survey's values carry their respondents */
            sourceKind: components["schemas"]["MeasureSourceKind"];
            sourceKindLabel: string;
            frequency: components["schemas"]["MeasureFrequency"] | null;
            frequencyLabel: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
            illustrativeNote: string;
            /** @description the actions it evidences, by reference */
            actions: components["schemas"]["ActionRef"][];
            status: components["schemas"]["MeasureStatus"];
            statusLabel: string;
            rag: components["schemas"]["Rag"];
            trend: components["schemas"]["Trend"];
            trendLabel: string;
            latest: components["schemas"]["MeasureValueResponse"] | null;
            previous: components["schemas"]["MeasureValueResponse"] | null;
            /** @description where the trajectory says the latest value should be */
            expected: number | null;
            /** @description the target date has passed unmet on the day judged (then the status is off track) */
            targetMissed: boolean;
            /**
             * Format: date
             * @description when the next value is due, from the latest one and the measure's frequency
             * @example 2025-03-31
             */
            nextValueDue: string | null;
            /** @description the next value was due before the day judged */
            valueOverdue: boolean;
            /**
             * Format: date
             * @description the day the measure is judged on: today, or the "as at" date
             * @example 2025-03-31
             */
            asAt: string;
            valueCount: number;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TrajectoryPoint: {
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string;
            value: number;
        };
        MeasureDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            priorityArea: components["schemas"]["PriorityAreaRef"] | null;
            title: string;
            description: string;
            unit: components["schemas"]["MeasureUnit"];
            unitLabel: string;
            polarity: components["schemas"]["Polarity"];
            polarityLabel: string;
            baseline: components["schemas"]["MeasurePoint"];
            target: components["schemas"]["MeasurePoint"];
            /** @description how far from the trajectory still counts as on track */
            tolerance: number;
            source: string;
            /** @description records, or survey: a survey's values carry their respondents */
            sourceKind: components["schemas"]["MeasureSourceKind"];
            sourceKindLabel: string;
            frequency: components["schemas"]["MeasureFrequency"] | null;
            frequencyLabel: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
            illustrativeNote: string;
            /** @description the actions it evidences, by reference */
            actions: components["schemas"]["ActionRef"][];
            status: components["schemas"]["MeasureStatus"];
            statusLabel: string;
            rag: components["schemas"]["Rag"];
            trend: components["schemas"]["Trend"];
            trendLabel: string;
            latest: components["schemas"]["MeasureValueResponse"] | null;
            previous: components["schemas"]["MeasureValueResponse"] | null;
            /** @description where the trajectory says the latest value should be */
            expected: number | null;
            /** @description the target date has passed unmet on the day judged (then the status is off track) */
            targetMissed: boolean;
            /**
             * Format: date
             * @description when the next value is due, from the latest one and the measure's frequency
             * @example 2025-03-31
             */
            nextValueDue: string | null;
            /** @description the next value was due before the day judged */
            valueOverdue: boolean;
            /**
             * Format: date
             * @description the day the measure is judged on: today, or the "as at" date
             * @example 2025-03-31
             */
            asAt: string;
            valueCount: number;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description oldest first */
            values: components["schemas"]["MeasureValueResponse"][];
            /** @description empty without a target value */
            trajectory: components["schemas"]["TrajectoryPoint"][];
        };
        CreateMeasureDto: {
            /** Format: uuid */
            planId: string;
            /**
             * Format: uuid
             * @description The priority area the measure belongs to
             */
            priorityAreaId?: string | null;
            /** @example Suspensions of pupils on SEN Support */
            title: string;
            description?: string;
            /** @enum {string} */
            unit: "count" | "percent" | "days" | "weeks" | "people";
            /** @enum {string} */
            polarity: "higher_is_better" | "lower_is_better";
            baselineValue?: number | null;
            /** @example 2023-12-20 */
            baselineDate?: string | null;
            targetValue?: number | null;
            /** @example 2025-12-19 */
            targetDate?: string | null;
            /**
             * @description Width of the amber band, in the measure's own units
             * @default 0
             */
            tolerance?: number;
            /** @description Where the figures come from */
            source?: string;
            /**
             * @description records, or survey: a survey's values carry their number of respondents (cohortSize)
             * @default records
             * @enum {string}
             */
            sourceKind?: "records" | "survey";
            /** @enum {string|null} */
            frequency?: "weekly" | "monthly" | "quarterly" | "termly" | "annually" | null;
            /**
             * @description The measure's figures are illustrative rather than reported
             * @default false
             */
            illustrative?: boolean;
            /** @description What is illustrative and why */
            illustrativeNote?: string;
            /** @description The actions whose impact this measure evidences (same plan) */
            actionIds?: string[];
        };
        UpdateMeasureDto: {
            /**
             * Format: uuid
             * @description The priority area the measure belongs to
             */
            priorityAreaId?: string | null;
            /** @example Suspensions of pupils on SEN Support */
            title?: string;
            description?: string;
            /** @enum {string} */
            unit?: "count" | "percent" | "days" | "weeks" | "people";
            /** @enum {string} */
            polarity?: "higher_is_better" | "lower_is_better";
            baselineValue?: number | null;
            /** @example 2023-12-20 */
            baselineDate?: string | null;
            targetValue?: number | null;
            /** @example 2025-12-19 */
            targetDate?: string | null;
            /**
             * @description Width of the amber band, in the measure's own units
             * @default 0
             */
            tolerance?: number;
            /** @description Where the figures come from */
            source?: string;
            /**
             * @description records, or survey: a survey's values carry their number of respondents (cohortSize)
             * @default records
             * @enum {string}
             */
            sourceKind?: "records" | "survey";
            /** @enum {string|null} */
            frequency?: "weekly" | "monthly" | "quarterly" | "termly" | "annually" | null;
            /**
             * @description The measure's figures are illustrative rather than reported
             * @default false
             */
            illustrative?: boolean;
            /** @description What is illustrative and why */
            illustrativeNote?: string;
            /** @description The actions whose impact this measure evidences (same plan) */
            actionIds?: string[];
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
        };
        CreateMeasureValueDto: {
            /**
             * @description The last day of the period the value covers
             * @example 2024-12-20
             */
            periodEnd: string;
            /** @example 968 */
            value: number;
            note?: string;
            /**
             * @description How many people the figure stands for: a survey's respondents
             * @example 40
             */
            cohortSize?: number | null;
            /**
             * @description An illustrative figure rather than a reported one
             * @default false
             */
            illustrative?: boolean;
        };
        UpdateMeasureValueDto: {
            /**
             * @description The last day of the period the value covers
             * @example 2024-12-20
             */
            periodEnd?: string;
            /** @example 968 */
            value?: number;
            note?: string;
            /**
             * @description How many people the figure stands for: a survey's respondents
             * @example 40
             */
            cohortSize?: number | null;
            /**
             * @description An illustrative figure rather than a reported one
             * @default false
             */
            illustrative?: boolean;
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
        };
        /** @enum {string} */
        OrganisationKind: "council" | "nhs_icb" | "nhs_provider" | "parent_carer_forum" | "school" | "trust" | "voluntary" | "other";
        OrganisationResponse: {
            /** Format: uuid */
            id: string;
            /** @example plymouth-city-council */
            key: string;
            name: string;
            kind: components["schemas"]["OrganisationKind"];
            version: number;
        };
        OrganisationPage: {
            items: components["schemas"]["OrganisationResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreateOrganisationDto: {
            /** @example nhs-devon-icb */
            key: string;
            name: string;
            /** @enum {string} */
            kind: "council" | "nhs_icb" | "nhs_provider" | "parent_carer_forum" | "school" | "trust" | "voluntary" | "other";
        };
        UpdateOrganisationDto: {
            /** @example nhs-devon-icb */
            key?: string;
            name?: string;
            /** @enum {string} */
            kind?: "council" | "nhs_icb" | "nhs_provider" | "parent_carer_forum" | "school" | "trust" | "voluntary" | "other";
            version: number;
        };
        PersonResponse: {
            /** Format: uuid */
            id: string;
            /** @example Head of SEND */
            name: string;
            jobTitle: string | null;
            email: string | null;
            /** Format: uuid */
            organisationId: string;
            version: number;
        };
        PersonPage: {
            items: components["schemas"]["PersonResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreatePersonDto: {
            name: string;
            jobTitle?: string | null;
            email?: string | null;
            /** Format: uuid */
            organisationId: string;
        };
        UpdatePersonDto: {
            name?: string;
            jobTitle?: string | null;
            email?: string | null;
            /** Format: uuid */
            organisationId?: string;
            version: number;
        };
        PeriodMeeting: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            meetingDate: string;
            /**
             * Format: date-time
             * @description when the meeting's papers close
             */
            cutOffAt: string;
        };
        /** @enum {string} */
        PeriodState: "upcoming" | "open" | "closed";
        ReportingPeriodResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            opensOn: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            updateDeadline: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            boardDate: string;
            /** Format: uuid */
            meetingId: string;
            /** Format: uuid */
            planId: string;
            /** @description its meeting, where the route gives it */
            meeting?: components["schemas"]["PeriodMeeting"];
            state: components["schemas"]["PeriodState"];
            stateLabel: string;
            /** @description the current period: open, with the next deadline */
            current: boolean;
            version: number;
        };
        ReportingPeriodList: {
            items: components["schemas"]["ReportingPeriodResponse"][];
            /** Format: uuid */
            currentPeriodId: string | null;
        };
        CreateReportingPeriodDto: {
            /**
             * Format: uuid
             * @description The meeting of the plan's Improvement Board the period reports to; its date is the board date
             */
            meetingId: string;
            /**
             * @description Defaults to "Board <board date>"
             * @example Board 5 February 2025
             */
            title?: string;
            /**
             * @description Defaults to the day after the previous period's board
             * @example 2025-01-09
             */
            opensOn?: string;
            /**
             * @description Defaults to the day before the meeting's pack cut-off, the latest it may be
             * @example 2025-01-28
             */
            updateDeadline?: string;
        };
        UpdateReportingPeriodDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /**
             * Format: uuid
             * @description Report to another meeting of the Improvement Board
             */
            meetingId?: string;
            title?: string;
            opensOn?: string;
            updateDeadline?: string;
        };
        CreateStatusUpdateDto: {
            /**
             * Format: uuid
             * @description The reporting period; defaults to the plan's current period
             */
            periodId?: string;
            /** @description Progress this period. Required before the update is submitted. */
            narrative?: string;
            /**
             * @description Defaults to the action's official delivery status
             * @enum {string}
             */
            proposedDeliveryStatus?: "not_started" | "on_track" | "at_risk" | "off_track" | "complete";
            /**
             * @description Defaults to the action's official impact status
             * @enum {string}
             */
            proposedImpactStatus?: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
            nextSteps?: string;
            /** @description Risks and blockers */
            risks?: string;
            /** @description Ids of this action's evidence items that support the update */
            evidenceIds?: string[];
            /** @description When saving over an existing draft of the same period: the version it was read at */
            version?: number;
        };
        EditStatusUpdateDto: {
            /** @description Progress this period. Required before the update is submitted. */
            narrative?: string;
            /**
             * @description Defaults to the action's official delivery status
             * @enum {string}
             */
            proposedDeliveryStatus?: "not_started" | "on_track" | "at_risk" | "off_track" | "complete";
            /**
             * @description Defaults to the action's official impact status
             * @enum {string}
             */
            proposedImpactStatus?: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
            nextSteps?: string;
            /** @description Risks and blockers */
            risks?: string;
            /** @description Ids of this action's evidence items that support the update */
            evidenceIds?: string[];
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
        };
        SubmitStatusUpdateDto: {
            /** @description The version the update was read at; a stale version is refused with 409 */
            version: number;
        };
        ApproveStatusUpdateDto: {
            /** @description The version the update was read at; a stale version is refused with 409 */
            version: number;
            /** @description An optional note from the moderator */
            comment?: string;
        };
        ReturnStatusUpdateDto: {
            /** @description The version the update was read at; a stale version is refused with 409 */
            version: number;
            /** @description Why the update is returned: what the owner should change */
            comment: string;
        };
        UpdateProgressCounts: {
            actions: number;
            approved: number;
            submitted: number;
            /** @description drafts, returned ones included */
            draft: number;
            returned: number;
            missing: number;
            stale: number;
            inconsistent: number;
            /** @description open actions still owing an update */
            owed: number;
            /** @description the distinct owners of those */
            owners: number;
        };
        ProgressActionRef: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            priorityNumber: number;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
        };
        ProgressUpdateRef: {
            /** Format: uuid */
            id: string;
            state: components["schemas"]["UpdateState"];
        };
        /**
         * @description its update's state, or missing
         * @enum {string}
         */
        UpdateProgressState: "draft" | "submitted" | "approved" | "returned" | "missing";
        ProgressPeriodRef: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        ActionProgress: {
            action: components["schemas"]["ProgressActionRef"];
            ownerPerson: components["schemas"]["NamedRef"] | null;
            ownerOrganisation: components["schemas"]["NamedRef"] | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            impactStatus: components["schemas"]["ImpactStatus"];
            /** @description its update for the period; null when there is none, or the reader may not read it */
            update: components["schemas"]["ProgressUpdateRef"] | null;
            /** @description its update's state, or missing */
            updateState: components["schemas"]["UpdateProgressState"];
            lastApprovedPeriod: components["schemas"]["ProgressPeriodRef"] | null;
            periodsSinceApprovedUpdate: number;
            /** @description no approved update for more than two periods, with something left to deliver */
            stale: boolean;
            /** @description open, with no update submitted for the period yet */
            owesUpdate: boolean;
            /** @description judged today */
            inconsistencies: components["schemas"]["InconsistencyResponse"][];
        };
        UpdateProgressResponse: {
            /** Format: uuid */
            planId: string;
            period: components["schemas"]["PeriodSummary"];
            counts: components["schemas"]["UpdateProgressCounts"];
            /** @description open actions whose owners still owe an update for the period: the delivery view's list to chase */
            owed: components["schemas"]["ActionProgress"][];
            missing: components["schemas"]["ActionProgress"][];
            stale: components["schemas"]["ActionProgress"][];
            inconsistent: components["schemas"]["ActionProgress"][];
            /** @description every action, in priority and reference order */
            actions: components["schemas"]["ActionProgress"][];
        };
        UploadImportDto: {
            /**
             * Format: uuid
             * @description The plan to update; leave out to create a new plan
             */
            planId?: string;
            /** @description Title of the new plan (when no planId is given) */
            title?: string;
            /** @description Local area of the new plan (when no planId is given) */
            localArea?: string;
        };
        /** @enum {string} */
        ImportState: "pending" | "committed";
        ImportSheet: {
            /** @description null for a CSV file */
            name: string | null;
            hidden: boolean;
            /** @description the sheet the import reads */
            used: boolean;
        };
        ImportMappingResponse: {
            reference: number | null;
            priorityArea: number | null;
            title: number | null;
            description: number | null;
            ownerPerson: number | null;
            ownerOrganisation: number | null;
            partners: number | null;
            startDate: number | null;
            dueDate: number | null;
            deliveryStatus: number | null;
            impactStatus: number | null;
            latestUpdate: number | null;
        };
        /** @enum {string} */
        ImportField: "reference" | "priorityArea" | "title" | "description" | "ownerPerson" | "ownerOrganisation" | "partners" | "startDate" | "dueDate" | "deliveryStatus" | "impactStatus" | "latestUpdate";
        ImportColumnResponse: {
            index: number;
            /** @example C */
            letter: string;
            /** @description as written in the header row ('' when the column has none) */
            header: string;
            /** @description the label of a merged cell above it spanning several columns */
            group: string | null;
            field: components["schemas"]["ImportField"] | null;
        };
        ImportFieldInfo: {
            field: components["schemas"]["ImportField"];
            label: string;
            required: boolean;
            column: number | null;
            letter: string | null;
            header: string | null;
        };
        ImportCounts: {
            new: number;
            changed: number;
            unchanged: number;
        };
        ImportActionCounts: {
            new: number;
            changed: number;
            unchanged: number;
            /** @description the plan's actions the file does not mention (left as they are) */
            notInFile: number;
        };
        ImportPriorityAreaCounts: {
            number: number;
            title: string;
            /** @enum {string} */
            change: "new" | "renamed" | "unchanged";
            actions: components["schemas"]["ImportCounts"];
        };
        ImportNewNames: {
            new: number;
            names: string[];
        };
        ImportNotWritten: {
            /** @example latestUpdate */
            field: string;
            message: string;
        };
        ImportPlanSummary: {
            /** @enum {string} */
            action: "create" | "update";
            /** Format: uuid */
            planId: string | null;
            title: string;
            localArea: string;
            priorityAreas: components["schemas"]["ImportCounts"];
            actions: components["schemas"]["ImportActionCounts"];
            byPriorityArea: components["schemas"]["ImportPriorityAreaCounts"][];
            organisations: components["schemas"]["ImportNewNames"];
            people: components["schemas"]["ImportNewNames"];
            /** @description mapped columns shown in the preview but not written to the plan */
            notWritten: components["schemas"]["ImportNotWritten"][];
        };
        ImportRowCounts: {
            read: number;
            actions: number;
            sections: number;
            skipped: number;
            blank: number;
            withProblems: number;
        };
        ImportNoticeResponse: {
            row: number | null;
            /** @example C */
            column: string | null;
            columnIndex: number | null;
            header: string | null;
            field: components["schemas"]["ImportField"] | null;
            /** @example unreadable_date */
            code: string;
            message: string;
            /** @description the cell's text, when the notice is about what it says */
            value?: string;
        };
        ImportRowValues: {
            reference?: string | null;
            priorityNumber?: number | null;
            priorityTitle?: string | null;
            title?: string | null;
            description?: string | null;
            ownerPerson?: string | null;
            ownerOrganisation?: string | null;
            partners?: string[];
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            dueDate?: string | null;
            deliveryStatus?: components["schemas"]["DeliveryStatus"] | null;
            deliveryStatusLabel?: string | null;
            impactStatus?: components["schemas"]["ImpactStatus"] | null;
            impactStatusLabel?: string | null;
            latestUpdate?: string | null;
        };
        ImportRow: {
            /** @description the row number Excel shows */
            row: number;
            /**
             * @description `section`: a heading naming the priority area of the rows below it
             * @enum {string}
             */
            kind: "action" | "section";
            skipped: boolean;
            /**
             * @description null while the row has problems or is skipped
             * @enum {string|null}
             */
            outcome: "new" | "changed" | "unchanged" | null;
            /**
             * @example [
             *       "dueDate"
             *     ]
             */
            changes: string[];
            values: components["schemas"]["ImportRowValues"];
            problems: components["schemas"]["ImportNoticeResponse"][];
            warnings: components["schemas"]["ImportNoticeResponse"][];
        };
        ImportRowPage: {
            items: components["schemas"]["ImportRow"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
            /** @enum {string} */
            view: "all" | "problems" | "changes";
        };
        ImportActor: {
            /** Format: uuid */
            id: string | null;
            label: string | null;
        };
        ImportNewCount: {
            new: number;
        };
        ImportResultResponse: {
            /** Format: uuid */
            planId: string;
            priorityAreas: components["schemas"]["ImportCounts"];
            actions: components["schemas"]["ImportCounts"];
            organisations: components["schemas"]["ImportNewCount"];
            people: components["schemas"]["ImportNewCount"];
        };
        ImportResponse: {
            /** Format: uuid */
            id: string;
            version: number;
            state: components["schemas"]["ImportState"];
            fileName: string;
            /** @description bytes */
            fileSize: number;
            /** @enum {string} */
            format: "xlsx" | "csv";
            /** @description the text encoding of a CSV file */
            encoding: string | null;
            sheet: string | null;
            sheets: components["schemas"]["ImportSheet"][];
            headerRow: number;
            mapping: components["schemas"]["ImportMappingResponse"];
            columns: components["schemas"]["ImportColumnResponse"][];
            fields: components["schemas"]["ImportFieldInfo"][];
            plan: components["schemas"]["ImportPlanSummary"];
            rowCounts: components["schemas"]["ImportRowCounts"];
            skipRows: number[];
            problemCount: number;
            /** @description at most 200; the rest are counted */
            problems: components["schemas"]["ImportNoticeResponse"][];
            warningCount: number;
            /** @description at most 200; they never block the commit */
            warnings: components["schemas"]["ImportNoticeResponse"][];
            canCommit: boolean;
            rows: components["schemas"]["ImportRowPage"];
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["ImportActor"];
            /** Format: date-time */
            committedAt: string | null;
            committedBy: components["schemas"]["ImportActor"] | null;
            result: components["schemas"]["ImportResultResponse"] | null;
        };
        ImportMappingDto: {
            /** @description Column index (0 = column A), or null for none */
            reference?: number | null;
            /** @description Column index (0 = column A), or null for none */
            priorityArea?: number | null;
            /** @description Column index (0 = column A), or null for none */
            title?: number | null;
            /** @description Column index (0 = column A), or null for none */
            description?: number | null;
            /** @description Column index (0 = column A), or null for none */
            ownerPerson?: number | null;
            /** @description Column index (0 = column A), or null for none */
            ownerOrganisation?: number | null;
            /** @description Column index (0 = column A), or null for none */
            partners?: number | null;
            /** @description Column index (0 = column A), or null for none */
            startDate?: number | null;
            /** @description Column index (0 = column A), or null for none */
            dueDate?: number | null;
            /** @description Column index (0 = column A), or null for none */
            deliveryStatus?: number | null;
            /** @description Column index (0 = column A), or null for none */
            impactStatus?: number | null;
            /** @description Column index (0 = column A), or null for none */
            latestUpdate?: number | null;
        };
        UpdateImportDto: {
            /** @description The version the import was read at; a stale version is refused with 409 */
            version: number;
            mapping?: components["schemas"]["ImportMappingDto"];
            /** @description Row numbers (as Excel shows them) not to import; replaces the list */
            skipRows?: number[];
            /** @description Read another sheet of the workbook (the header row and mapping are found again) */
            sheet?: string;
            /** @description The header row, as Excel numbers it (the mapping is guessed again from it) */
            headerRow?: number;
        };
        CommitImportDto: {
            /** @description The version of the preview being committed; a stale version is refused with 409 */
            version: number;
        };
        NotificationResponse: {
            /** Format: uuid */
            id: string;
            /** @example update_returned */
            kind: string;
            title: string;
            body: string;
            /** @description the page in the app it is about */
            link: string | null;
            /** Format: uuid */
            planId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
            unread: number;
        };
        UnreadCount: {
            unread: number;
        };
        ReadCount: {
            /** @description how many were marked read */
            read: number;
        };
        /** @enum {string} */
        EmailKind: "update_reminder" | "update_moderated" | "weekly_digest" | "pack_published" | "decision_due";
        /** @enum {string} */
        EmailStatus: "queued" | "sending" | "retrying" | "sent" | "failed" | "outbox";
        EmailResponse: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["EmailKind"];
            /** Format: email */
            to: string;
            /** Format: uuid */
            userId: string | null;
            /** Format: uuid */
            planId: string | null;
            subject: string;
            text: string;
            html: string;
            status: components["schemas"]["EmailStatus"];
            attempts: number;
            /** @description the SMTP server's last answer */
            lastResponse: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        EmailPage: {
            items: components["schemas"]["EmailResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        EmailChoices: {
            update_reminder: boolean;
            update_moderated: boolean;
            weekly_digest: boolean;
            pack_published: boolean;
            decision_due: boolean;
        };
        /** @enum {string} */
        Weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
        EmailKindOption: {
            kind: components["schemas"]["EmailKind"];
            /** @example Update reminders */
            label: string;
        };
        PreferencesResponse: {
            emails: components["schemas"]["EmailChoices"];
            digestDay: components["schemas"]["Weekday"];
            /** @description each kind with the words the settings page shows */
            kinds: components["schemas"]["EmailKindOption"][];
            /** @description 0 until first changed */
            version: number;
        };
        EmailChoicesDto: {
            update_reminder?: boolean;
            update_moderated?: boolean;
            weekly_digest?: boolean;
            pack_published?: boolean;
            decision_due?: boolean;
        };
        UpdatePreferencesDto: {
            emails?: components["schemas"]["EmailChoicesDto"];
            /**
             * @description The day the weekly summary comes
             * @enum {string}
             */
            digestDay?: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
            /** @description The version read, to refuse a stale change (409) */
            version?: number;
        };
        UnsubscribeResponse: {
            kind: components["schemas"]["EmailKind"];
            /** @example Update reminders */
            label: string;
            subscribed: boolean;
        };
        UnsubscribeDto: {
            /** @description The token from the link in the email */
            token: string;
        };
        ReminderDaysResponse: {
            /** Format: uuid */
            planId: string;
            /**
             * @description days before the deadline, the default until the plan sets its own
             * @example [
             *       7,
             *       1
             *     ]
             */
            days: number[];
            /** @description null while the plan uses the default */
            version: number | null;
        };
        SetReminderDaysDto: {
            /**
             * @description Days before each update deadline that owners are reminded
             * @example [
             *       7,
             *       2
             *     ]
             */
            days: number[];
        };
        FrameworkArea: {
            key: string;
            heading: string;
        };
        FrameworkResponse: {
            version: string;
            title: string;
            source: string;
            areas: components["schemas"]["FrameworkArea"][];
        };
        /** @enum {string} */
        SelfEvaluationGrade: "typically_positive" | "inconsistent" | "widespread_failings";
        EvidenceLink: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: uuid
             * @description the action the evidence is for
             */
            actionId: string | null;
        };
        SectionComment: {
            /** Format: uuid */
            id: string;
            author: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        SectionResponse: {
            criterionKey: string;
            areaKey: string;
            /** @description the criterion in the framework's words */
            criterion: string;
            evaluation: string;
            strengths: string;
            areasToDevelop: string;
            grade: components["schemas"]["SelfEvaluationGrade"] | null;
            evidence: components["schemas"]["EvidenceLink"][];
            measures: components["schemas"]["TitledRef"][];
            findings: components["schemas"]["TitledRef"][];
            comments: components["schemas"]["SectionComment"][];
            /** @description 0 until the section is first saved */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: string | null;
        };
        SelfEvaluationCompleteness: {
            written: number;
            total: number;
            missing: number;
        };
        SelfEvaluationResponse: {
            /** Format: uuid */
            planId: string;
            framework: components["schemas"]["FrameworkResponse"];
            sections: components["schemas"]["SectionResponse"][];
            completeness: components["schemas"]["SelfEvaluationCompleteness"];
        };
        SelfEvaluationRevisionResponse: {
            id: string;
            criterionKey: string;
            revision: number;
            changedFields: string[];
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            };
            by: string;
            /** Format: date-time */
            at: string;
        };
        SaveSelfEvaluationSectionDto: {
            /** @description The partnership's evaluation in plain words */
            evaluation: string;
            strengths: string;
            areasToDevelop: string;
            /** @enum {string|null} */
            grade: "typically_positive" | "inconsistent" | "widespread_failings" | null;
            evidenceIds?: string[];
            measureIds?: string[];
            /** @description The inspection's findings this criterion's evaluation speaks to */
            findingIds?: string[];
            /** @description The version the section was read at: 0 for a section not yet written */
            version: number;
        };
        AddSelfEvaluationCommentDto: {
            text: string;
        };
        SectionCommentResponse: {
            /** Format: uuid */
            id: string;
            author: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
            criterionKey: string;
        };
        GenerateReadinessPackDto: {
            /**
             * @description The day the pack describes (its end, in England); today when left out
             * @example 2025-01-31
             */
            asAt?: string;
        };
        /** @enum {string} */
        ReadinessPackState: "draft" | "published";
        ReadinessPackActor: {
            /** Format: uuid */
            id: string | null;
            label: string | null;
        };
        ReadinessJudgementCounts: {
            no_plan: number;
            in_progress: number;
            monitoring_impact: number;
            impact_evidenced: number;
        };
        ReadinessPackHeadline: {
            findings: number;
            counts: components["schemas"]["ReadinessJudgementCounts"];
            findingsWithGaps: number;
        };
        ReadinessPackFile: {
            /** @example readiness.pdf */
            name: string;
            title: string;
            /** @description the SHA-256 of the file's bytes, once published */
            sha256: string | null;
            url: string;
        };
        ReadinessPackResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            state: components["schemas"]["ReadinessPackState"];
            stateLabel: string;
            /**
             * Format: date
             * @description the day the pack describes
             * @example 2025-03-31
             */
            asAt: string;
            /** Format: date-time */
            generatedAt: string;
            generatedBy: components["schemas"]["ReadinessPackActor"];
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: components["schemas"]["ReadinessPackActor"] | null;
            headline: components["schemas"]["ReadinessPackHeadline"];
            files: components["schemas"]["ReadinessPackFile"][];
            version: number;
        };
        ReadinessPackList: {
            /** @description newest first */
            items: components["schemas"]["ReadinessPackResponse"][];
            total: number;
        };
        ReadinessPackVersionDto: {
            /** @description The version of the pack that was previewed; if it has changed since, 409 */
            version?: number;
        };
        CreateInspectionDto: {
            /**
             * @description The day the inspection ended
             * @example 2023-06-16
             */
            date: string;
            /** @enum {string} */
            kind: "full" | "monitoring" | "re_inspection";
            /** @description The inspection framework's outcome, in its words */
            outcome?: string;
            /**
             * @description The published report
             * @example https://reports.ofsted.gov.uk/
             */
            reportUrl?: string | null;
            /** @description Where the record's words come from */
            sourceNote?: string;
        };
        /** @enum {string} */
        InspectionKind: "full" | "monitoring" | "re_inspection";
        InspectionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string;
            kind: components["schemas"]["InspectionKind"];
            kindLabel: string;
            outcome: string;
            reportUrl: string | null;
            /** @description where the record of it comes from */
            sourceNote: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FindingKindCounts: {
            area_for_priority_action: number;
            area_for_improvement: number;
            strength: number;
        };
        InspectionListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string;
            kind: components["schemas"]["InspectionKind"];
            kindLabel: string;
            outcome: string;
            reportUrl: string | null;
            /** @description where the record of it comes from */
            sourceNote: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            findingCounts: components["schemas"]["FindingKindCounts"];
        };
        /** @enum {string} */
        FindingKind: "area_for_priority_action" | "area_for_improvement" | "strength";
        /** @enum {string} */
        ReadinessJudgement: "no_plan" | "in_progress" | "monitoring_impact" | "impact_evidenced";
        /** @enum {string} */
        ReadinessGapKind: "no_action" | "no_impact_evidence" | "measure_off_track" | "measure_silent" | "action_overdue" | "action_stale";
        ReadinessGap: {
            kind: components["schemas"]["ReadinessGapKind"];
            message: string;
            /** Format: uuid */
            actionId: string | null;
            /** Format: uuid */
            measureId: string | null;
        };
        ReadinessEvidence: {
            /** Format: uuid */
            id: string;
            type: string;
            typeLabel: string;
            title: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            evidenceDate: string | null;
            url: string | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
        };
        ReadinessAction: {
            /** Format: uuid */
            id: string;
            /** @example 1.2 */
            reference: string;
            title: string;
            /** Format: uuid */
            priorityAreaId: string;
            priorityNumber: number | null;
            ownerOrganisation: components["schemas"]["NamedRef"] | null;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueDate: string | null;
            deliveryStatus: components["schemas"]["DeliveryStatus"];
            deliveryStatusLabel: string;
            /** @description its delivery status's colour */
            rag: components["schemas"]["Rag"];
            impactStatus: components["schemas"]["ImpactStatus"];
            impactStatusLabel: string;
            overdue: boolean;
            /** @description chased for an update, as the exceptions judge it */
            stale: boolean;
            /** @description its evidence of impact */
            impactEvidence: components["schemas"]["ReadinessEvidence"][];
        };
        ReadinessMeasureValue: {
            /**
             * Format: date
             * @example 2025-03-31
             */
            periodEnd: string;
            value: number;
        };
        ReadinessMeasure: {
            /** Format: uuid */
            id: string;
            title: string;
            unitLabel: string;
            status: components["schemas"]["MeasureStatus"];
            statusLabel: string;
            rag: components["schemas"]["Rag"];
            trend: components["schemas"]["Trend"];
            trendLabel: string;
            latest: components["schemas"]["ReadinessMeasureValue"] | null;
            /** @description made up for a demonstration */
            illustrative: boolean;
        };
        ReadinessFinding: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            kind: components["schemas"]["FindingKind"];
            kindLabel: string;
            number: number;
            title: string | null;
            text: string;
            judgement: components["schemas"]["ReadinessJudgement"];
            judgementLabel: string;
            rag: components["schemas"]["Rag"];
            /** @description some action answering it has impact evidenced */
            impactEvidenced: boolean;
            gaps: components["schemas"]["ReadinessGap"][];
            actions: components["schemas"]["ReadinessAction"][];
            measures: components["schemas"]["ReadinessMeasure"][];
        };
        ReadinessResponse: {
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @description the day judged
             * @example 2025-03-31
             */
            asAt: string;
            /** @description the inspections dated by then, latest first */
            inspections: components["schemas"]["InspectionResponse"][];
            counts: components["schemas"]["ReadinessJudgementCounts"];
            findingsWithoutImpactEvidence: number;
            findingsWithGaps: number;
            /** @description findings with gaps first, then priority actions before improvements and strengths, by number */
            findings: components["schemas"]["ReadinessFinding"][];
        };
        FindingResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            kind: components["schemas"]["FindingKind"];
            kindLabel: string;
            /** @description its number among the inspection's findings of its kind */
            number: number;
            title: string | null;
            text: string;
            /** @description the actions linked to it now */
            actionIds: string[];
            /** @description the measures linked to it now */
            measureIds: string[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InspectionDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            date: string;
            kind: components["schemas"]["InspectionKind"];
            kindLabel: string;
            outcome: string;
            reportUrl: string | null;
            /** @description where the record of it comes from */
            sourceNote: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            findings: components["schemas"]["FindingResponse"][];
        };
        CreateFindingDto: {
            /** @enum {string} */
            kind: "area_for_priority_action" | "area_for_improvement" | "strength";
            /**
             * @description Its number among the inspection's findings of its kind
             * @example 1
             */
            number: number;
            /** @description The inspection's words */
            text: string;
            /** @description A short title to list it by */
            title?: string | null;
        };
        UpdateFindingDto: {
            /** @enum {string} */
            kind?: "area_for_priority_action" | "area_for_improvement" | "strength";
            /**
             * @description Its number among the inspection's findings of its kind
             * @example 1
             */
            number?: number;
            /** @description The inspection's words */
            text?: string;
            /** @description A short title to list it by */
            title?: string | null;
            version: number;
        };
        SetFindingLinksDto: {
            /** @description The actions that answer the finding (of the same plan) */
            actionIds: string[];
            /** @description The measures that show whether it has changed things (of the same plan) */
            measureIds: string[];
        };
        AnsweredFinding: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            inspectionDate: string;
            kind: components["schemas"]["FindingKind"];
            kindLabel: string;
            number: number;
            title: string | null;
            text: string;
            /** @description the actions (of the action, or of the priority area) linked to it */
            actions: components["schemas"]["ActionRef"][];
        };
        /** @enum {string} */
        VoiceSource: "survey" | "forum" | "discussion_group" | "complaint" | "case_audit" | "compliment";
        /** @enum {string} */
        VoiceOf: "parent_carers" | "children_young_people" | "practitioners";
        /** @enum {string} */
        VoiceKind: "strength" | "concern" | "recommendation";
        /** @enum {string} */
        VoiceResponseStatus: "planned" | "done";
        VoiceResponseBody: {
            /** Format: uuid */
            id: string;
            whatChanged: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            respondedOn: string;
            status: components["schemas"]["VoiceResponseStatus"];
            statusLabel: string;
            respondedBy: string;
            /** Format: uuid */
            respondedByUserId: string | null;
            /** @description made up for a demonstration, not said by anyone */
            illustrative: boolean;
            actions: components["schemas"]["ActionRef"][];
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        VoiceItemResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            source: components["schemas"]["VoiceSource"];
            sourceLabel: string;
            sourceTitle: string;
            voiceOf: components["schemas"]["VoiceOf"];
            voiceOfLabel: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            heardOn: string;
            cohortSize: number | null;
            kind: components["schemas"]["VoiceKind"];
            kindLabel: string;
            words: string;
            /** @description made up for a demonstration, not heard from anyone */
            illustrative: boolean;
            priorityAreas: components["schemas"]["PriorityAreaRef"][];
            actions: components["schemas"]["ActionRef"][];
            /** @description "we did": the current response, or null while there is none */
            response: components["schemas"]["VoiceResponseBody"] | null;
            /** @description a concern or recommendation with no response yet */
            unanswered: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        VoiceItemPage: {
            items: components["schemas"]["VoiceItemResponse"][];
            /** @description every item that matches, over all pages */
            total: number;
            page: number;
            pageSize: number;
        };
        CreateVoiceItemDto: {
            /** @enum {string} */
            source: "survey" | "forum" | "discussion_group" | "complaint" | "case_audit" | "compliment";
            /**
             * @description whose voice it is
             * @enum {string}
             */
            voiceOf: "parent_carers" | "children_young_people" | "practitioners";
            /**
             * @description the day it was heard
             * @example 2025-01-15
             */
            heardOn: string;
            /** @description how many people the words stand for (respondents) */
            cohortSize?: number | null;
            /** @enum {string} */
            kind: "strength" | "concern" | "recommendation";
            /** @description a quote or a finding */
            words: string;
            /** @example Plymouth Parent Carer Voice survey 2024 */
            sourceTitle?: string;
            /** @description made up for a demonstration, not heard from anyone */
            illustrative?: boolean;
            /** @description priority areas of the same plan */
            priorityAreaIds?: string[];
            /** @description actions of the same plan */
            actionIds?: string[];
        };
        UpdateVoiceItemDto: {
            /** @description The version the record was read at; a stale version is refused with 409 */
            version: number;
            /** @enum {string} */
            source?: "survey" | "forum" | "discussion_group" | "complaint" | "case_audit" | "compliment";
            /** @enum {string} */
            voiceOf?: "parent_carers" | "children_young_people" | "practitioners";
            /** @example 2025-01-15 */
            heardOn?: string;
            cohortSize?: number | null;
            /** @enum {string} */
            kind?: "strength" | "concern" | "recommendation";
            words?: string;
            sourceTitle?: string;
            illustrative?: boolean;
            /** @description replaces the linked priority areas */
            priorityAreaIds?: string[];
            /** @description replaces the linked actions */
            actionIds?: string[];
        };
        PutVoiceResponseDto: {
            /** @description The response's version when changing one; leave out when giving the first response. A stale version is refused with 409 */
            version?: number;
            /** @description what changed, or will */
            whatChanged: string;
            /**
             * @description the day the response was given
             * @example 2025-03-01
             */
            respondedOn: string;
            /** @enum {string} */
            status: "planned" | "done";
            /** @description the actions it was done through: actions of the same plan */
            actionIds?: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_findEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                entityType?: "plan" | "priority_area" | "action" | "milestone" | "organisation" | "person" | "evidence" | "measure" | "measure_value" | "user" | "session" | "reporting_period" | "status_update" | "governance_body" | "meeting" | "decision" | "pack" | "import" | "notification_preference" | "critical_review" | "case_audit" | "public_summary";
                entityId?: string;
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out, the session cookie cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description changed: a new session cookie is set and every other session of yours is signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description the new password is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserController_findUsers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Searches email and display name */
                q?: string;
                role?: "admin" | "plan_manager" | "moderator" | "action_owner" | "board_member" | "scrutiny" | "viewer" | "adviser" | "school_senco";
                /** @description Include deactivated accounts */
                includeInactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    UserController_createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    UserController_getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    UserController_updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    UserController_issuePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetResponse"];
                };
            };
        };
    };
    ExpectationController_currentFramework: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkView"];
                };
            };
        };
    };
    SchoolController_findSchools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolResponse"][];
                };
            };
        };
    };
    SchoolController_createSchool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchoolDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolResponse"];
                };
            };
        };
    };
    SchoolController_getSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolResponse"];
                };
            };
        };
    };
    SchoolController_updateSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchoolDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolResponse"];
                };
            };
        };
    };
    SchoolController_findSelfReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfReviewResponse"][];
                };
            };
        };
    };
    SchoolController_createSelfReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSelfReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfReviewDetailResponse"];
                };
            };
        };
    };
    SchoolController_findAudits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditResponse"][];
                };
            };
        };
    };
    SchoolController_createAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAuditDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDetailResponse"];
                };
            };
        };
    };
    SchoolPlanController_getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPlanResponse"];
                };
            };
        };
    };
    SchoolPlanController_createPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchoolPlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPlanResponse"];
                };
            };
        };
    };
    SchoolPlanController_addAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchoolActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPlanResponse"];
                };
            };
        };
    };
    SchoolPlanController_updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchoolActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPlanResponse"];
                };
            };
        };
    };
    SchoolPlanController_actionUpdates: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdatePage"];
                };
            };
        };
    };
    SchoolPlanController_addEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvidenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
        };
    };
    SchoolPlanController_governorsReportDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report to governors as a Word document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
        };
    };
    SchoolPlanController_governorsReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report to governors as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    SelfReviewController_getSelfReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfReviewDetailResponse"];
                };
            };
        };
    };
    SelfReviewController_updateSelfReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSelfReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfReviewDetailResponse"];
                };
            };
        };
    };
    SelfReviewController_submitSelfReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfReviewDetailResponse"];
                };
            };
        };
    };
    SchoolAuditController_getAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDetailResponse"];
                };
            };
        };
    };
    SchoolAuditController_updateAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAuditDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDetailResponse"];
                };
            };
        };
    };
    SchoolOverviewController_overview: {
        parameters: {
            query?: {
                /** @description The academic year by the year it starts in (2026 is 2026/27); this year if left out */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolOverviewResponse"];
                };
            };
        };
    };
    SchoolOverviewController_thematicSummary: {
        parameters: {
            query?: {
                /** @description The academic year by the year it starts in (2026 is 2026/27); this year if left out */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThematicSummaryResponse"];
                };
            };
        };
    };
    SchoolOverviewController_thematicSummaryDocx: {
        parameters: {
            query?: {
                /** @description The academic year by the year it starts in (2026 is 2026/27); this year if left out */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the thematic summary as a Word document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
        };
    };
    SchoolOverviewController_thematicSummaryPdf: {
        parameters: {
            query?: {
                /** @description The academic year by the year it starts in (2026 is 2026/27); this year if left out */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the thematic summary as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    LocalAreaController_listLocalAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalAreaResponse"][];
                };
            };
        };
    };
    LocalAreaController_createLocalArea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLocalAreaDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedLocalAreaResponse"];
                };
            };
        };
    };
    LocalAreaController_summarise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalAreaSummary"][];
                };
            };
        };
    };
    AdviserController_listAdvisers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviserResponse"][];
                };
            };
        };
    };
    AdviserController_setAdvisedLocalAreas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvisedLocalAreasDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviserResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    PlanController_findPlans: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPage"];
                };
            };
        };
    };
    PlanController_createPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
        };
    };
    PlanController_getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetailResponse"];
                };
            };
        };
    };
    PlanController_getSummary: {
        parameters: {
            query?: {
                /** @description The official statuses as they stood at the end of this day (Europe/London) */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanSummary"];
                };
            };
        };
    };
    PlanController_getChanges: {
        parameters: {
            query: {
                /** @description From the end of this day (Europe/London)... */
                from: string;
                /** @description ...to the end of this day; on or after `from` */
                to: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChanges"];
                };
            };
        };
    };
    CriticalReviewController_findReviews: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewPage"];
                };
            };
        };
    };
    CriticalReviewController_createReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCriticalReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewDetailResponse"];
                };
            };
        };
    };
    CriticalReviewController_getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewDetailResponse"];
                };
            };
        };
    };
    CriticalReviewController_updateReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCriticalReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewDetailResponse"];
                };
            };
        };
    };
    CriticalReviewController_putJudgements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutJudgementsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewDetailResponse"];
                };
            };
        };
    };
    CriticalReviewController_submitReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewDetailResponse"];
                };
            };
        };
    };
    CriticalReviewController_approveReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModerateCriticalReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewDetailResponse"];
                };
            };
        };
    };
    CriticalReviewController_returnReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModerateCriticalReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticalReviewDetailResponse"];
                };
            };
        };
    };
    CaseAuditController_findAudits: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAuditPage"];
                };
            };
        };
    };
    CaseAuditController_createAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseAuditDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAuditResponse"];
                };
            };
        };
    };
    CaseAuditController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAuditSummaryResponse"];
                };
            };
        };
    };
    CaseAuditController_getAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAuditResponse"];
                };
            };
        };
    };
    CaseAuditController_updateAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseAuditDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAuditResponse"];
                };
            };
        };
    };
    PublicSummaryController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSummaryOverview"];
                };
            };
        };
    };
    PublicSummaryController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedSummaryVersion"];
                };
            };
        };
    };
    PublicController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedSummary"];
                };
            };
        };
    };
    PublicController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the published summary as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    PublicController_localArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedSummary"];
                };
            };
        };
    };
    PriorityAreaController_getPriorityArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityAreaResponse"];
                };
            };
        };
    };
    PriorityAreaController_updatePriorityArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePriorityAreaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityAreaResponse"];
                };
            };
        };
    };
    PriorityAreaController_createPriorityArea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePriorityAreaDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityAreaResponse"];
                };
            };
        };
    };
    ActionController_findActions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                planId?: string;
                priorityId?: string;
                /** @description owner person */
                ownerId?: string;
                /** @description owner organisation */
                organisationId?: string;
                deliveryStatus?: "not_started" | "on_track" | "at_risk" | "off_track" | "complete";
                impactStatus?: "not_yet_complete" | "complete_monitoring_impact" | "complete_impact_evidenced";
                overdue?: boolean;
                /** @description Searches reference, title and description */
                q?: string;
                /** @description Include archived actions */
                includeArchived?: boolean;
                /** @description Statuses (and the filters on them) as they stood at the end of this day (Europe/London); actions that did not exist yet are left out */
                asAt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
        };
    };
    ActionController_createAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDetailResponse"];
                };
            };
        };
    };
    ActionController_getAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDetailResponse"];
                };
            };
        };
    };
    ActionController_updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDetailResponse"];
                };
            };
        };
    };
    ActionController_getHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionHistoryResponse"];
                };
            };
        };
    };
    ActionController_archiveAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDetailResponse"];
                };
            };
        };
    };
    MilestoneController_addMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMilestoneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneResponse"];
                };
            };
        };
    };
    MilestoneController_updateMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneResponse"];
                };
            };
        };
    };
    EvidenceController_findActionEvidence: {
        parameters: {
            query?: {
                /** @description Include archived evidence */
                includeArchived?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"][];
                };
            };
        };
    };
    EvidenceController_addEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description For a file, send multipart/form-data with these fields and a `file` part (at most 25MB) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvidenceDto"];
                "multipart/form-data": components["schemas"]["CreateEvidenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
        };
    };
    EvidenceController_getEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
        };
    };
    EvidenceController_updateEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEvidenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
        };
    };
    EvidenceController_downloadEvidenceFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with the content type it was uploaded with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    EvidenceController_archiveEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveEvidenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
        };
    };
    GovernanceBodyController_findBodies: {
        parameters: {
            query?: {
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceBodyList"];
                };
            };
        };
    };
    GovernanceBodyController_createBody: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGovernanceBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceBodyResponse"];
                };
            };
        };
    };
    BodyMemberController_findMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyMembersResponse"];
                };
            };
        };
    };
    BodyMemberController_setMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBodyMembersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyMembersResponse"];
                };
            };
        };
    };
    MeetingController_findMeetings: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                planId?: string;
                /** @description governance body */
                bodyId?: string;
                /** @description meetings on or after this day */
                from?: string;
                /** @description meetings on or before this day */
                to?: string;
                /** @description by meeting date */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
        };
    };
    MeetingController_createMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailResponse"];
                };
            };
        };
    };
    MeetingController_getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailResponse"];
                };
            };
        };
    };
    MeetingController_updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailResponse"];
                };
            };
        };
    };
    MeetingController_findMeetingDecisions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
        };
    };
    MeetingController_recordDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
        };
    };
    DecisionController_findDecisions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                planId?: string;
                status?: "open" | "closed";
                kind?: "decision" | "challenge";
                /** @description governance body of the meeting */
                bodyId?: string;
                actionId?: string;
                /** @description owner person */
                ownerId?: string;
                /** @description As the decisions stood at the end of this day: those recorded by then, open or closed as they were */
                asAt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
        };
    };
    DecisionController_getDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
        };
    };
    DecisionController_updateDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
        };
    };
    PackController_findMeetingPacks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackList"];
                };
            };
        };
    };
    PackController_generatePack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the draft, regenerated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackResponse"];
                };
            };
            /** @description a new draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackResponse"];
                };
            };
        };
    };
    PackController_findPublishedPacks: {
        parameters: {
            query: {
                planId: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackList"];
                };
            };
        };
    };
    PackController_getPack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackDetailResponse"];
                };
            };
        };
    };
    PackController_regeneratePack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackResponse"];
                };
            };
        };
    };
    PackController_publishPack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackResponse"];
                };
            };
        };
    };
    PackController_downloadBoardPack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the board pack as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    PackController_downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: board-pack.pdf, progress-report.pdf, progress-report.docx, action-plan-tracker.xlsx, action-plan-tracker.csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
        };
    };
    ReportController_progressDocx: {
        parameters: {
            query?: {
                /** @description The plan as it stood at the end of this day (England); today when left out */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the progress report as a Word document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
        };
    };
    ReportController_progressPdf: {
        parameters: {
            query?: {
                /** @description The plan as it stood at the end of this day (England); today when left out */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the progress report as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ReportController_trackerXlsx: {
        parameters: {
            query?: {
                /** @description The plan as it stood at the end of this day (England); today when left out */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the action plan tracker as an Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ReportController_trackerCsv: {
        parameters: {
            query?: {
                /** @description The plan as it stood at the end of this day (England); today when left out */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the action plan tracker as CSV (UTF-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
        };
    };
    ExceptionController_findExceptions: {
        parameters: {
            query?: {
                /** @description The official statuses as they stood at the end of this day (Europe/London) */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanExceptions"];
                };
            };
        };
    };
    MeasureController_findPlanMeasures: {
        parameters: {
            query?: {
                /** @description Only the measures of this priority area */
                priorityId?: string;
                /** @description As the measures stood at the end of this day (Europe/London): later values left out, judged on that day */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureResponse"][];
                };
            };
        };
    };
    MeasureController_getMeasure: {
        parameters: {
            query?: {
                /** @description As the measure stood at the end of this day (Europe/London) */
                asAt?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureDetailResponse"];
                };
            };
        };
    };
    MeasureController_updateMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureDetailResponse"];
                };
            };
        };
    };
    MeasureController_createMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureDetailResponse"];
                };
            };
        };
    };
    MeasureController_addMeasureValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasureValueDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValueResponse"];
                };
            };
        };
    };
    MeasureController_updateMeasureValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeasureValueDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValueResponse"];
                };
            };
        };
    };
    OrganisationController_findOrganisations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                kind?: "council" | "nhs_icb" | "nhs_provider" | "parent_carer_forum" | "school" | "trust" | "voluntary" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
        };
    };
    OrganisationController_createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    OrganisationController_getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    OrganisationController_updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    PersonController_findPeople: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
        };
    };
    PersonController_createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    PersonController_getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    PersonController_updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    ReportingPeriodController_findPeriods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodList"];
                };
            };
        };
    };
    ReportingPeriodController_createPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportingPeriodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodResponse"];
                };
            };
        };
    };
    ReportingPeriodController_updatePeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReportingPeriodDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodResponse"];
                };
            };
        };
    };
    StatusUpdateController_findActionUpdates: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdatePage"];
                };
            };
        };
    };
    StatusUpdateController_saveUpdateForPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStatusUpdateDto"];
            };
        };
        responses: {
            /** @description the period's draft or returned update, edited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
            /** @description a new update */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
        };
    };
    StatusUpdateController_findUpdates: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                planId?: string;
                periodId?: string;
                state?: "draft" | "submitted" | "approved" | "returned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdatePage"];
                };
            };
        };
    };
    StatusUpdateController_getUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
        };
    };
    StatusUpdateController_editUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditStatusUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
        };
    };
    StatusUpdateController_submitUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitStatusUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
        };
    };
    StatusUpdateController_approveUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveStatusUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
        };
    };
    StatusUpdateController_returnUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnStatusUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusUpdateResponse"];
                };
            };
        };
    };
    UpdateProgressController_getProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProgressResponse"];
                };
            };
        };
    };
    ImportController_uploadImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description multipart/form-data: a `file` part (.xlsx or .csv, at most 25MB), and `planId` to update a plan or `title` and `localArea` for a new one */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadImportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
        };
    };
    ImportController_getImport: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Which rows to list: all, those with problems, or those that would change the plan */
                rows?: "all" | "problems" | "changes";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
        };
    };
    ImportController_updateImport: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Which rows to list: all, those with problems, or those that would change the plan */
                rows?: "all" | "problems" | "changes";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
        };
    };
    ImportController_commitImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
        };
    };
    NotificationController_findNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only those not yet read */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
        };
    };
    NotificationController_countUnread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
        };
    };
    NotificationController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadCount"];
                };
            };
        };
    };
    NotificationController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
        };
    };
    OutboxController_findEmails: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "queued" | "sending" | "retrying" | "sent" | "failed" | "outbox";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailPage"];
                };
            };
        };
    };
    PreferenceController_getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesResponse"];
                };
            };
        };
    };
    PreferenceController_updatePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesResponse"];
                };
            };
        };
    };
    UnsubscribeController_describe: {
        parameters: {
            query: {
                /** @description The token from the link in the email */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
        };
    };
    UnsubscribeController_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnsubscribeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
        };
    };
    ReminderController_getReminderDays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderDaysResponse"];
                };
            };
        };
    };
    ReminderController_setReminderDays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetReminderDaysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderDaysResponse"];
                };
            };
        };
    };
    SelfEvaluationController_getSelfEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfEvaluationResponse"];
                };
            };
        };
    };
    SelfEvaluationController_history: {
        parameters: {
            query?: {
                /** @description One criterion only */
                criterionKey?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfEvaluationRevisionResponse"][];
                };
            };
        };
    };
    SelfEvaluationController_saveSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                criterionKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSelfEvaluationSectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionResponse"];
                };
            };
        };
    };
    SelfEvaluationController_addComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                criterionKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddSelfEvaluationCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionCommentResponse"];
                };
            };
        };
    };
    ReadinessPackController_livePdf: {
        parameters: {
            query?: {
                /** @description The plan as it stood at the end of this day (England); today when left out */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the monitoring evidence pack as a PDF, marked as a draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ReadinessPackController_liveDocx: {
        parameters: {
            query?: {
                /** @description The plan as it stood at the end of this day (England); today when left out */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the monitoring evidence pack as a Word document, marked as a draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
        };
    };
    ReadinessPackController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessPackList"];
                };
            };
        };
    };
    ReadinessPackController_generate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateReadinessPackDto"];
            };
        };
        responses: {
            /** @description the draft, regenerated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessPackResponse"];
                };
            };
            /** @description a new draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessPackResponse"];
                };
            };
        };
    };
    ReadinessPackController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadinessPackVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessPackResponse"];
                };
            };
        };
    };
    ReadinessPackController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the pack as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ReadinessPackController_docx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the pack as a Word document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
        };
    };
    InspectionController_findInspections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionListItem"][];
                };
            };
        };
    };
    InspectionController_recordInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionResponse"];
                };
            };
        };
    };
    InspectionController_getReadiness: {
        parameters: {
            query?: {
                /** @description The official statuses as they stood at the end of this day (Europe/London) */
                asAt?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    InspectionController_getInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetailResponse"];
                };
            };
        };
    };
    InspectionController_addFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFindingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingResponse"];
                };
            };
        };
    };
    InspectionController_updateFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingResponse"];
                };
            };
        };
    };
    InspectionController_setFindingLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFindingLinksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingResponse"];
                };
            };
        };
    };
    InspectionController_findingsOfAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnsweredFinding"][];
                };
            };
        };
    };
    InspectionController_findingsOfPriorityArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnsweredFinding"][];
                };
            };
        };
    };
    VoiceController_findVoiceItems: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description true: only concerns and recommendations with no response yet */
                unanswered?: boolean;
                priorityAreaId?: string;
                actionId?: string;
                source?: "survey" | "forum" | "discussion_group" | "complaint" | "case_audit" | "compliment";
                kind?: "strength" | "concern" | "recommendation";
                voiceOf?: "parent_carers" | "children_young_people" | "practitioners";
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceItemPage"];
                };
            };
        };
    };
    VoiceController_createVoiceItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVoiceItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceItemResponse"];
                };
            };
        };
    };
    VoiceController_getVoiceItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceItemResponse"];
                };
            };
        };
    };
    VoiceController_updateVoiceItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVoiceItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceItemResponse"];
                };
            };
        };
    };
    VoiceController_putResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutVoiceResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceItemResponse"];
                };
            };
        };
    };
}
