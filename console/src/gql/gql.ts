/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApiKeysPageList($after: String) {\n    apiKeys(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        scopes\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApiKeysPageListDocument,
    "\n  mutation ApiKeysPageCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      token\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ApiKeysPageCreateDocument,
    "\n  mutation ApiKeysPageRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ApiKeysPageRevokeDocument,
    "\n  query AuditPage($seekerId: ID, $after: String) {\n    auditEvents(seekerId: $seekerId, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        actorRole\n        via\n        action\n        kind\n        seekerId\n        outcome\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  query AuditPageStaff($after: String) {\n    staffMembers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditPageStaffDocument,
    "\n  query AuditPageSeekers($after: String) {\n    seekers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditPageSeekersDocument,
    "\n  query CohortsPageCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        hashtag\n        field\n        stage\n        termStart\n        termEnd\n        createdAt\n        members {\n          id\n          name\n        }\n        checkIns {\n          id\n          seekerId\n          week\n          status\n        }\n        activity(first: 1) {\n          at\n          kind\n          detail\n          seekerId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CohortsPageCohortsDocument,
    "\n  query CohortsPageSeekers($after: String) {\n    seekers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CohortsPageSeekersDocument,
    "\n  query CohortsPageEvents {\n    orgEvents {\n      ...EventSummary\n    }\n  }\n": typeof types.CohortsPageEventsDocument,
    "\n  mutation CohortsPageAddEvent($input: AddOrgEventInput!) {\n    addOrgEvent(input: $input) {\n      event {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CohortsPageAddEventDocument,
    "\n  query CohortsPageChats {\n    hashtagChats {\n      ...ChatSummary\n      archive {\n        occurrence {\n          start\n          localStart\n        }\n        archive {\n          postCount\n          participants {\n            username\n            posts\n            isHost\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortsPageChatsDocument,
    "\n  mutation CohortsPageAddChat($input: AddHashtagChatInput!) {\n    addHashtagChat(input: $input) {\n      chat {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CohortsPageAddChatDocument,
    "\n  query Caseload {\n    caseload(first: 2000) {\n      seeker {\n        id\n        name\n        status\n        targetRoles\n        coaches {\n          id\n          name\n        }\n      }\n      companiesTargeted\n      companiesResearched\n      outreachMoves30d\n      checkIns30d\n      eventsJoined\n      openApplications\n      newJobMatches\n      pipelineStage\n      voiceScore\n      voiceTrend {\n        month\n        score\n        posts\n      }\n      lastActivityAt\n      xConnected\n      atRisk {\n        reason\n        detail\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query CaseloadCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        members {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseloadCohortsDocument,
    "\n  mutation CaseloadCreateSeeker($input: CreateSeekerInput!) {\n    createSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CaseloadCreateSeekerDocument,
    "\n  query OrganizationPageSso($after: String) {\n    ssoConnections(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        protocol\n        enabled\n        requireSsoForStaff\n        samlIdpEntityId\n        samlSsoUrl\n        samlIdpCertificateFingerprints\n        oidcIssuer\n        oidcClientId\n        oidcClientSecretSet\n        jitRoles\n        defaultRole\n        emailAttribute\n        nameAttribute\n        roleAttribute\n        roleMappings {\n          value\n          role\n        }\n        spEntityId\n        acsUrl\n        metadataUrl\n        loginUrl\n        redirectUri\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationPageSsoDocument,
    "\n  query OrganizationPageServiceProvider {\n    ssoServiceProvider {\n      samlMetadataUrl\n      samlEntityId\n      samlAcsUrl\n      oidcRedirectUri\n    }\n  }\n": typeof types.OrganizationPageServiceProviderDocument,
    "\n  mutation OrganizationPageCreateSso($input: CreateSsoConnectionInput!) {\n    createSsoConnection(input: $input) {\n      ssoConnection {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrganizationPageCreateSsoDocument,
    "\n  mutation OrganizationPageUpdateSso($input: UpdateSsoConnectionInput!) {\n    updateSsoConnection(input: $input) {\n      ssoConnection {\n        id\n        enabled\n        requireSsoForStaff\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrganizationPageUpdateSsoDocument,
    "\n  mutation OrganizationPageDeleteSso($input: DeleteSsoConnectionInput!) {\n    deleteSsoConnection(input: $input) {\n      deletedSsoConnectionId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrganizationPageDeleteSsoDocument,
    "\n  query OrganizationPageScimTokens($after: String) {\n    scimTokens(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationPageScimTokensDocument,
    "\n  mutation OrganizationPageCreateScimToken($input: CreateScimTokenInput!) {\n    createScimToken(input: $input) {\n      scimToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrganizationPageCreateScimTokenDocument,
    "\n  mutation OrganizationPageRevokeScimToken($input: RevokeScimTokenInput!) {\n    revokeScimToken(input: $input) {\n      scimToken {\n        id\n        revokedAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrganizationPageRevokeScimTokenDocument,
    "\n  mutation OrganizationPageDelete($input: DeleteOrganizationInput!) {\n    deleteOrganization(input: $input) {\n      deleted\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrganizationPageDeleteDocument,
    "\n  query ReportsPageSeats($from: String, $to: String) {\n    seatReport(from: $from, to: $to) {\n      from\n      to\n      seatLimit\n      used\n      free\n      peak\n      seekersServed\n      byCoach {\n        coachId\n        coachName\n        seekers\n        activeNow\n      }\n      utilization {\n        date\n        used\n        peak\n      }\n      csv\n    }\n  }\n": typeof types.ReportsPageSeatsDocument,
    "\n  query ReportsPageOutcomes($from: String, $to: String, $cohortId: ID) {\n    outcomesReport(from: $from, to: $to, cohortId: $cohortId) {\n      from\n      to\n      seekers\n      metrics {\n        capability\n        metric\n        seekers\n        events\n      }\n      csv\n    }\n  }\n": typeof types.ReportsPageOutcomesDocument,
    "\n  query ReportsPageCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReportsPageCohortsDocument,
    "\n  query RosterImportCard($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      status\n      dryRun\n      totalRows\n      doneRows\n      createdCount\n      updatedCount\n      invalidCount\n      seatRefusedCount\n      error\n      rows(first: 200, outcomes: [\"INVALID\", \"DUPLICATE\", \"SEAT_LIMIT\"]) {\n        line\n        externalId\n        outcome\n        reason\n      }\n    }\n  }\n": typeof types.RosterImportCardDocument,
    "\n  query SeatsPageUsage {\n    seatUsage {\n      plan\n      seatLimit\n      used\n      free\n      termStart\n      termEnd\n      unassignedActiveSeekers\n      byCoach {\n        activeSeekers\n        coach {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": typeof types.SeatsPageUsageDocument,
    "\n  query SeatsPageSeekers($after: String, $status: SeekerStatus!) {\n    seekers(first: 100, after: $after, status: $status) {\n      nodes {\n        id\n        name\n        status\n        createdAt\n        activatedAt\n        coaches {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SeatsPageSeekersDocument,
    "\n  mutation SeatsPageActivate($input: ActivateSeekerInput!) {\n    activateSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.SeatsPageActivateDocument,
    "\n  mutation SeatsPageArchive($input: ArchiveSeekerInput!) {\n    archiveSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.SeatsPageArchiveDocument,
    "\n  mutation SeatsPageUpdateLicense($input: UpdateLicenseInput!) {\n    updateLicense(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.SeatsPageUpdateLicenseDocument,
    "\n  query SeekerHeader($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      status\n      careerStage\n      targetRoles\n      locations\n    }\n  }\n": typeof types.SeekerHeaderDocument,
    "\n  query SpendPageMonth($month: String) {\n    xSpend(month: $month) {\n      month\n      budgetUsd\n      spentUsd\n      remainingUsd\n      paused\n      byCapability {\n        capability\n        spentUsd\n        units\n      }\n      bySeeker {\n        seeker {\n          id\n          name\n        }\n        spentUsd\n        units\n      }\n    }\n  }\n": typeof types.SpendPageMonthDocument,
    "\n  query SpendPageHistory($months: Int!) {\n    xSpendHistory(months: $months) {\n      month\n      spentUsd\n    }\n  }\n": typeof types.SpendPageHistoryDocument,
    "\n  mutation SpendPageSetBudget($input: SetXBudgetInput!) {\n    setXBudget(input: $input) {\n      spend {\n        budgetUsd\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.SpendPageSetBudgetDocument,
    "\n  query StaffPageMembers($after: String) {\n    staffMembers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        email\n        role\n        active\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffPageMembersDocument,
    "\n  query StaffPageInvitations($after: String, $pendingOnly: Boolean!) {\n    invitations(first: 100, after: $after, pendingOnly: $pendingOnly) {\n      nodes {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n        pending\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffPageInvitationsDocument,
    "\n  mutation StaffPageInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      invitationToken\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.StaffPageInviteDocument,
    "\n  mutation StaffPageRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.StaffPageRevokeInvitationDocument,
    "\n  mutation StaffPageChangeRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      staffMember {\n        id\n        role\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.StaffPageChangeRoleDocument,
    "\n  mutation StaffPageDeactivate($input: DeactivateStaffMemberInput!) {\n    deactivateStaffMember(input: $input) {\n      staffMember {\n        id\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.StaffPageDeactivateDocument,
    "\n  mutation StaffPageReactivate($input: ReactivateStaffMemberInput!) {\n    reactivateStaffMember(input: $input) {\n      staffMember {\n        id\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.StaffPageReactivateDocument,
    "\n  query WebhooksCardList($after: String) {\n    webhookEndpoints(first: 100, after: $after) {\n      nodes {\n        id\n        url\n        description\n        events\n        enabled\n        disabledReason\n        consecutiveFailures\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhooksCardListDocument,
    "\n  query WebhooksCardDeliveries($id: ID!) {\n    webhookDeliveries(webhookEndpointId: $id, first: 20) {\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastStatus\n        lastError\n        nextAttemptAt\n        createdAt\n      }\n    }\n  }\n": typeof types.WebhooksCardDeliveriesDocument,
    "\n  mutation WebhooksCardCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        id\n        url\n      }\n      secret\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.WebhooksCardCreateDocument,
    "\n  mutation WebhooksCardUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        id\n        enabled\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.WebhooksCardUpdateDocument,
    "\n  mutation WebhooksCardDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedWebhookEndpointId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.WebhooksCardDeleteDocument,
    "\n  mutation WebhooksCardTest($input: SendTestWebhookInput!) {\n    sendTestWebhook(input: $input) {\n      webhookDelivery {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.WebhooksCardTestDocument,
    "\n  mutation WebhooksCardRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      webhookDelivery {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.WebhooksCardRedeliverDocument,
    "\n  query ArchiveImportCardList($id: ID!) {\n    seeker(id: $id) {\n      id\n      xArchiveImports {\n        id\n        status\n        progress\n        posts\n        followers\n        following\n        bytes\n        errorCode\n        errorMessage\n        createdAt\n        finishedAt\n        xUsername\n      }\n    }\n  }\n": typeof types.ArchiveImportCardListDocument,
    "\n  query JobsTabMatches(\n    $seekerId: ID!\n    $first: Int!\n    $includeClosed: Boolean!\n    $includeDismissed: Boolean!\n  ) {\n    jobMatches(\n      seekerId: $seekerId\n      first: $first\n      includeClosed: $includeClosed\n      includeDismissed: $includeDismissed\n    ) {\n      nodes {\n        id\n        score\n        dismissedAt\n        reasons\n        source\n        createdAt\n        posting {\n          id\n          title\n          company\n          location\n          workplace\n          employmentType\n          seniority\n          applyUrl\n          applyLink {\n            state\n            httpStatus\n            checkedAt\n          }\n          salary {\n            min\n            max\n            currency\n            period\n          }\n          sourcePostUrls\n          recruiters {\n            username\n            kind\n            profileUrl\n            messageIntentUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.JobsTabMatchesDocument,
    "\n  query JobsTabPipeline($seekerId: ID!) {\n    jobApplications(seekerId: $seekerId, first: 100) {\n      nodes {\n        id\n        title\n        company\n        stage\n        nextStages\n        savedAt\n        updatedAt\n        notes\n        posting {\n          id\n          applyUrl\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    jobFunnel(seekerId: $seekerId) {\n      saved\n      applied\n      interviewing\n      offer\n      accepted\n      rejected\n      withdrawn\n    }\n  }\n": typeof types.JobsTabPipelineDocument,
    "\n  mutation JobsTabSave($input: SaveJobInput!) {\n    saveJob(input: $input) {\n      application {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.JobsTabSaveDocument,
    "\n  mutation JobsTabDismiss($input: DismissJobMatchInput!) {\n    dismissJobMatch(input: $input) {\n      match {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.JobsTabDismissDocument,
    "\n  mutation JobsTabMove($input: MoveJobApplicationInput!) {\n    moveJobApplication(input: $input) {\n      application {\n        id\n        stage\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.JobsTabMoveDocument,
    "\n  fragment MentorshipTabDraft on OutreachDraft {\n    id\n    channel\n    text\n    status\n    createdAt\n    intentUrl\n    sentAt\n    reviewComment\n    reviewedAt\n    check {\n      ok\n      score\n      length\n      asks\n      minutesAsked\n      findings {\n        code\n        message\n        severity\n      }\n    }\n  }\n": typeof types.MentorshipTabDraftFragmentDoc,
    "\n  fragment MentorshipTabInterview on InformationalInterview {\n    id\n    startsAt\n    endsAt\n    localStart\n    timeZone\n    mode\n    place\n    meetingUrl\n    status\n    notes\n    ics\n    agenda {\n      question\n      postId\n    }\n  }\n": typeof types.MentorshipTabInterviewFragmentDoc,
    "\n  fragment MentorshipTabContact on MentorContact {\n    id\n    name\n    username\n    profileUrl\n    contactType\n    stage\n    stageChangedAt\n    allowedMoves\n    awaitingReply\n    blocked\n    reasons\n    firstContactAt\n    followUpDueAt\n    drafts {\n      ...MentorshipTabDraft\n    }\n    interviews {\n      ...MentorshipTabInterview\n    }\n    events {\n      at\n      fromStage\n      toStage\n      note\n    }\n  }\n": typeof types.MentorshipTabContactFragmentDoc,
    "\n  query MentorshipTabPipeline($id: ID!) {\n    mentorContacts(seekerId: $id) {\n      ...MentorshipTabContact\n    }\n    mentorFollowUps(seekerId: $id) {\n      id\n    }\n    outreachPolicy {\n      firstContactsPerWeek\n      followUpAfterDays\n      requireFirstContactApproval\n    }\n  }\n": typeof types.MentorshipTabPipelineDocument,
    "\n  query MentorshipTabSuggestions($id: ID!, $reach: MentorReach!, $field: String) {\n    mentorSuggestions(seekerId: $id, first: 12, reach: $reach, field: $field) {\n      field\n      emptyReason\n      mentors {\n        xAccountId\n        username\n        seniority\n        field\n        distanceKm\n        score\n        reasons\n        profileUrl\n        followIntentUrl\n      }\n    }\n  }\n": typeof types.MentorshipTabSuggestionsDocument,
    "\n  query MentorshipTabTemplates($type: ContactType!) {\n    outreachTemplates(contactType: $type) {\n      name\n      channel\n      text\n    }\n  }\n": typeof types.MentorshipTabTemplatesDocument,
    "\n  query MentorshipTabCheck($input: CheckOutreachDraftInput!) {\n    checkOutreachDraft(input: $input) {\n      ok\n      score\n      length\n      asks\n      minutesAsked\n      referencedPostId\n      findings {\n        code\n        message\n        severity\n      }\n    }\n  }\n": typeof types.MentorshipTabCheckDocument,
    "\n  mutation MentorshipTabAddContact($input: AddMentorContactInput!) {\n    addMentorContact(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabAddContactDocument,
    "\n  mutation MentorshipTabMove($input: MoveMentorContactInput!) {\n    moveMentorContact(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabMoveDocument,
    "\n  mutation MentorshipTabReply($input: RecordMentorReplyInput!) {\n    recordMentorReply(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabReplyDocument,
    "\n  mutation MentorshipTabBlock($input: SetMentorContactBlockedInput!) {\n    setMentorContactBlocked(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabBlockDocument,
    "\n  mutation MentorshipTabCreateDraft($input: CreateOutreachDraftInput!) {\n    createOutreachDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabCreateDraftDocument,
    "\n  mutation MentorshipTabReviewDraft($input: ReviewOutreachDraftInput!) {\n    reviewOutreachDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabReviewDraftDocument,
    "\n  mutation MentorshipTabMarkSent($input: MarkOutreachDraftSentInput!) {\n    markOutreachDraftSent(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabMarkSentDocument,
    "\n  mutation MentorshipTabSchedule($input: ScheduleInformationalInterviewInput!) {\n    scheduleInformationalInterview(input: $input) {\n      interview {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabScheduleDocument,
    "\n  mutation MentorshipTabUpdateInterview($input: UpdateInformationalInterviewInput!) {\n    updateInformationalInterview(input: $input) {\n      interview {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabUpdateInterviewDocument,
    "\n  mutation MentorshipTabDiscovery($input: StartMentorDiscoveryInput!) {\n    startMentorDiscovery(input: $input) {\n      field\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.MentorshipTabDiscoveryDocument,
    "\n  query OrgsTabData($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n      xHandle\n    }\n    organizationSuggestions(seekerId: $seekerId) {\n      organization {\n        id\n      }\n      reasons\n    }\n    organizations {\n      id\n      name\n      field\n      site\n      usernames\n    }\n    orgEvents {\n      ...EventSummary\n    }\n    hashtagChats {\n      ...ChatSummary\n      participation(seekerId: $seekerId, last: 4) {\n        occurrence {\n          start\n        }\n        tookPart\n        posts\n      }\n    }\n    reminders(seekerId: $seekerId, days: 90) {\n      chatId\n      eventId\n      start\n      remindAt\n    }\n  }\n": typeof types.OrgsTabDataDocument,
    "\n  query OrgsTabTalk($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        talkingAbout {\n          terms {\n            term\n            count\n          }\n          recentPosts {\n            xId\n            text\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgsTabTalkDocument,
    "\n  query OrgsTabTasks($seekerId: ID!) {\n    seekerTasks(seekerId: $seekerId, includeDone: true) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n      profileUrl\n      xUsername\n    }\n  }\n": typeof types.OrgsTabTasksDocument,
    "\n  mutation OrgsTabJoin($input: JoinOrgActivityInput!) {\n    joinOrgActivity(input: $input) {\n      reminders {\n        start\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrgsTabJoinDocument,
    "\n  mutation OrgsTabFollowUps($input: CreateEventFollowUpsInput!) {\n    createEventFollowUps(input: $input) {\n      created\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrgsTabFollowUpsDocument,
    "\n  mutation OrgsTabCompleteTask($input: CompleteSeekerTaskInput!) {\n    completeSeekerTask(input: $input) {\n      task {\n        id\n        doneAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OrgsTabCompleteTaskDocument,
    "\n  query PeersTabMembership($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n    }\n    cohorts(first: 100, seekerId: $seekerId) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PeersTabMembershipDocument,
    "\n  query PeersTabAllCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeersTabAllCohortsDocument,
    "\n  query PeersTabCohorts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Cohort {\n        id\n        name\n        field\n        stage\n        hashtag\n        termStart\n        termEnd\n        members {\n          id\n          name\n        }\n        peers {\n          seekerId\n          name\n          city\n          stage\n          xHandle\n        }\n        checkIns {\n          id\n          seekerId\n          week\n          goal\n          status\n          note\n          createdAt\n        }\n        links {\n          url\n          canonicalUrl\n          title\n          shares\n          sharerIds\n          lastAt\n        }\n        xList {\n          name\n          usernames\n        }\n      }\n    }\n  }\n": typeof types.PeersTabCohortsDocument,
    "\n  mutation PeersTabCheckIn($input: AddCohortCheckInInput!) {\n    addCohortCheckIn(input: $input) {\n      checkIn {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.PeersTabCheckInDocument,
    "\n  mutation PeersTabShareLink($input: ShareCohortLinkInput!) {\n    shareCohortLink(input: $input) {\n      link {\n        url\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.PeersTabShareLinkDocument,
    "\n  query ProfileTabSeeker($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      email\n      headline\n      careerStage\n      targetRoles\n      industries\n      locations\n      status\n      createdAt\n      activatedAt\n      archivedAt\n      xHandle\n      coaches {\n        id\n        name\n        email\n      }\n      xConnection {\n        username\n        xUserId\n        scopes\n        connectedAt\n      }\n      consents {\n        id\n        kind\n        active\n        grantedAt\n        revokedAt\n        source\n        revokeSource\n        scope\n      }\n    }\n  }\n": typeof types.ProfileTabSeekerDocument,
    "\n  mutation ProfileTabInviteSeeker($input: InviteSeekerInput!) {\n    inviteSeeker(input: $input) {\n      invitationToken\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabInviteSeekerDocument,
    "\n  query ProfileTabCoachCandidates($after: String) {\n    staffMembers(first: 100, after: $after, roles: [OWNER, ADMIN, COACH]) {\n      nodes {\n        id\n        name\n        role\n        active\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProfileTabCoachCandidatesDocument,
    "\n  mutation ProfileTabAssignCoach($input: AssignCoachInput!) {\n    assignCoach(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabAssignCoachDocument,
    "\n  mutation ProfileTabUnassignCoach($input: UnassignCoachInput!) {\n    unassignCoach(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabUnassignCoachDocument,
    "\n  mutation ProfileTabEraseSeeker($input: EraseSeekerInput!) {\n    eraseSeeker(input: $input) {\n      erasedSeekerId\n      deleted {\n        table\n        rows\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabEraseSeekerDocument,
    "\n  query ProfileTabNotes($id: ID!, $after: String) {\n    seeker(id: $id) {\n      id\n      notes(first: 100, after: $after) {\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProfileTabNotesDocument,
    "\n  mutation ProfileTabUpdateSeeker($input: UpdateSeekerInput!) {\n    updateSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabUpdateSeekerDocument,
    "\n  mutation ProfileTabRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      consent {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabRecordConsentDocument,
    "\n  mutation ProfileTabRevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      consent {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabRevokeConsentDocument,
    "\n  mutation ProfileTabAddNote($input: AddCoachNoteInput!) {\n    addCoachNote(input: $input) {\n      note {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabAddNoteDocument,
    "\n  mutation ProfileTabConnectLink($input: CreateXConnectLinkInput!) {\n    createXConnectLink(input: $input) {\n      url\n      expiresAt\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabConnectLinkDocument,
    "\n  mutation ProfileTabDisconnectX($input: DisconnectXInput!) {\n    disconnectX(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabDisconnectXDocument,
    "\n  mutation ProfileTabLinkHandle($input: LinkXHandleInput!) {\n    linkXHandle(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ProfileTabLinkHandleDocument,
    "\n  fragment ResearchTabPost on DossierPost {\n    xId\n    url\n    author\n    text\n    createdAt\n  }\n": typeof types.ResearchTabPostFragmentDoc,
    "\n  query ResearchTabTargets($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      targets {\n        id\n        priority\n        status\n        createdAt\n        company {\n          id\n          name\n          brandUsername\n          domain\n          dossier {\n            posts\n            emptyReason\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResearchTabTargetsDocument,
    "\n  query ResearchTabCompanies($after: String) {\n    companies(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        brandUsername\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ResearchTabCompaniesDocument,
    "\n  query ResearchTabDossier($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      brandUsername\n      accounts {\n        xId\n        username\n        name\n        url\n        kind\n        status\n        evidence {\n          kind\n          detail\n        }\n      }\n      dossier {\n        posts\n        brandPosts\n        employeePosts\n        emptyReason\n        computedAt\n        windowFrom\n        windowTo\n        cadence {\n          activeEmployees\n          brandPostsPerWeek\n          employeePostsPerWeek\n          lastPostAt\n        }\n        values {\n          label\n          count\n          share\n          posts {\n            ...ResearchTabPost\n          }\n        }\n        themes {\n          term\n          label\n          count\n          posts {\n            ...ResearchTabPost\n          }\n        }\n        tone {\n          brand {\n            formality\n            sentiment\n            posts\n          }\n          employees {\n            formality\n            sentiment\n            posts\n          }\n        }\n        voices {\n          brand\n          employees\n        }\n        hiring {\n          posts\n          roles {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          teams {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          locations {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          workplace {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n        }\n        changes {\n          rising {\n            label\n            count\n            previous\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          falling {\n            label\n            count\n            previous\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          newThemes {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResearchTabDossierDocument,
    "\n  query ResearchTabBrief($companyId: ID!, $seekerId: ID!) {\n    interviewBrief(companyId: $companyId, seekerId: $seekerId) {\n      company\n      generatedAt\n      markdown\n      talkingPoints {\n        point\n        posts {\n          ...ResearchTabPost\n        }\n      }\n      people {\n        name\n        username\n        url\n        bio\n        recentPosts\n      }\n      readFirst {\n        ...ResearchTabPost\n      }\n    }\n  }\n": typeof types.ResearchTabBriefDocument,
    "\n  mutation ResearchTabSetTarget($input: SetSeekerTargetInput!) {\n    setSeekerTarget(input: $input) {\n      target {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResearchTabSetTargetDocument,
    "\n  mutation ResearchTabRemoveTarget($input: RemoveSeekerTargetInput!) {\n    removeSeekerTarget(input: $input) {\n      removedTargetId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResearchTabRemoveTargetDocument,
    "\n  mutation ResearchTabDiscover($input: DiscoverCompanyAccountsInput!) {\n    discoverCompanyAccounts(input: $input) {\n      accounts {\n        xId\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResearchTabDiscoverDocument,
    "\n  mutation ResearchTabReviewAccount($input: ReviewCompanyAccountInput!) {\n    reviewCompanyAccount(input: $input) {\n      account {\n        xId\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResearchTabReviewAccountDocument,
    "\n  mutation ResearchTabAddCompany($input: AddCompanyInput!) {\n    addCompany(input: $input) {\n      company {\n        id\n        name\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResearchTabAddCompanyDocument,
    "\n  query TrendsTabBriefing($id: ID!, $day: String) {\n    dailyBriefing(seekerId: $id, day: $day) {\n      day\n      emptyReason\n      topics\n      items {\n        term\n        count\n        baseline\n        score\n        emerging\n        related\n        links {\n          url\n          count\n        }\n        posts {\n          xId\n          author\n          text\n          url\n          createdAt\n        }\n        topic {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TrendsTabBriefingDocument,
    "\n  query TrendsTabTopics($id: ID!, $day: String) {\n    topics(seekerId: $id) {\n      id\n      name\n      kind\n      value\n      seeker {\n        id\n      }\n      cohort {\n        id\n        name\n      }\n      bursts(day: $day, days: 14) {\n        day\n        term\n        count\n      }\n    }\n  }\n": typeof types.TrendsTabTopicsDocument,
    "\n  query TrendsTabPruning($id: ID!) {\n    feedPruning(seekerId: $id) {\n      source\n      following\n      analyzed\n      suggestions {\n        account {\n          xId\n          username\n          name\n        }\n        suggestion\n        reason\n        link\n        lastActivity\n        postsPerWeek\n        relevance\n        repostShare\n        duplicateShare\n      }\n      toFollow {\n        account {\n          xId\n          username\n          name\n        }\n        reason\n        link\n      }\n    }\n  }\n": typeof types.TrendsTabPruningDocument,
    "\n  mutation TrendsTabAddTopic($input: AddTopicInput!) {\n    addTopic(input: $input) {\n      topic {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.TrendsTabAddTopicDocument,
    "\n  mutation TrendsTabRemoveTopic($input: RemoveTopicInput!) {\n    removeTopic(input: $input) {\n      removedTopicId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.TrendsTabRemoveTopicDocument,
    "\n  query VoiceTabProfile($seekerId: ID!) {\n    voiceProfile(seekerId: $seekerId) {\n      consistency\n      onPillarShare\n      posts\n      readabilityGrade\n      tone {\n        formality\n        sentiment\n      }\n      cadence {\n        postsPerWeek\n        activeWeeks\n        longestGapDays\n      }\n      pillarShare {\n        pillar\n        posts\n        share\n      }\n      months {\n        month\n        consistency\n        posts\n        onPillarShare\n        readabilityGrade\n        themes {\n          term\n        }\n      }\n      themes {\n        term\n        count\n      }\n    }\n    voicePillars(seekerId: $seekerId) {\n      name\n      terms\n    }\n  }\n": typeof types.VoiceTabProfileDocument,
    "\n  query VoiceTabDrafts($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n    }\n    voiceDrafts(seekerId: $seekerId, first: 50) {\n      nodes {\n        id\n        text\n        status\n        createdAt\n        approvedAt\n        scheduledFor\n        postedAt\n        postUrl\n        failureMessage\n        seekerOkAt\n        check {\n          ok\n          length\n          pillar\n          findings {\n            code\n            message\n            severity\n          }\n        }\n        comments {\n          body\n          createdAt\n          authorName\n          authorRole\n        }\n      }\n    }\n    postingSlots(seekerId: $seekerId) {\n      timeZone\n      times\n      weekdays\n    }\n  }\n": typeof types.VoiceTabDraftsDocument,
    "\n  query VoiceTabAudit($seekerId: ID!) {\n    voiceAudit(seekerId: $seekerId) {\n      postId\n      reason\n      severity\n      detail\n      text\n      postedAt\n      decision\n      decisionStatus\n      decisionError\n    }\n  }\n": typeof types.VoiceTabAuditDocument,
    "\n  query VoiceTabLinks($seekerId: ID!) {\n    voiceLinks(seekerId: $seekerId) {\n      url\n      state\n      httpStatus\n      reason\n      finalUrl\n      checkedAt\n    }\n  }\n": typeof types.VoiceTabLinksDocument,
    "\n  mutation VoiceTabDecide($input: DecideAuditFindingInput!) {\n    decideAuditFinding(input: $input) {\n      status\n      error\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabDecideDocument,
    "\n  mutation VoiceTabReview($input: ReviewVoiceDraftInput!) {\n    reviewVoiceDraft(input: $input) {\n      draft {\n        id\n        status\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabReviewDocument,
    "\n  mutation VoiceTabComment($input: CommentVoiceDraftInput!) {\n    commentVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabCommentDocument,
    "\n  mutation VoiceTabCreate($input: CreateVoiceDraftInput!) {\n    createVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabCreateDocument,
    "\n  mutation VoiceTabEdit($input: EditVoiceDraftInput!) {\n    editVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabEditDocument,
    "\n  mutation VoiceTabSubmit($input: SubmitVoiceDraftInput!) {\n    submitVoiceDraft(input: $input) {\n      draft {\n        id\n        status\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabSubmitDocument,
    "\n  mutation VoiceTabSchedule($input: ScheduleVoiceDraftInput!) {\n    scheduleVoiceDraft(input: $input) {\n      draft {\n        id\n        scheduledFor\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabScheduleDocument,
    "\n  mutation VoiceTabCancel($input: CancelVoiceDraftInput!) {\n    cancelVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabCancelDocument,
    "\n  mutation VoiceTabSlots($input: SetPostingSlotsInput!) {\n    setPostingSlots(input: $input) {\n      slots {\n        timeZone\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.VoiceTabSlotsDocument,
    "\n  query CohortSuggestions {\n    cohortSuggestions {\n      suggestedName\n      suggestedHashtag\n      field\n      stage\n      place\n      reasons\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortSuggestionsDocument,
    "\n  mutation CohortCreate($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CohortCreateDocument,
    "\n  mutation CohortAddMember($input: AddCohortMemberInput!) {\n    addCohortMember(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CohortAddMemberDocument,
    "\n  mutation CohortRemoveMember($input: RemoveCohortMemberInput!) {\n    removeCohortMember(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CohortRemoveMemberDocument,
    "\n  fragment EventSummary on OrgEvent {\n    id\n    name\n    kind\n    startsAt\n    endsAt\n    localStart\n    timeZone\n    online\n    place\n    url\n    hashtags\n    speakers\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.EventSummaryFragmentDoc,
    "\n  fragment ChatSummary on HashtagChat {\n    id\n    name\n    hashtag\n    schedule\n    hostUsername\n    durationMinutes\n    timeZone\n    upcoming(first: 1) {\n      start\n      localStart\n    }\n  }\n": typeof types.ChatSummaryFragmentDoc,
    "\n  query EventHighlights($id: ID!) {\n    node(id: $id) {\n      ... on OrgEvent {\n        id\n        highlights {\n          postCount\n          participants {\n            username\n            posts\n            replies\n            isSpeaker\n            isHost\n          }\n          links {\n            url\n            shares\n            sharers\n          }\n          topPosts {\n            xId\n            score\n            post {\n              xId\n              text\n              url\n              username\n            }\n          }\n        }\n        attendees {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EventHighlightsDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      seekerId\n      member {\n        id\n        name\n        email\n      }\n      organizations {\n        slug\n        name\n        role\n      }\n    }\n    tenant {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query ApiKeysPageList($after: String) {\n    apiKeys(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        scopes\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApiKeysPageListDocument,
    "\n  mutation ApiKeysPageCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      token\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ApiKeysPageCreateDocument,
    "\n  mutation ApiKeysPageRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ApiKeysPageRevokeDocument,
    "\n  query AuditPage($seekerId: ID, $after: String) {\n    auditEvents(seekerId: $seekerId, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        actorRole\n        via\n        action\n        kind\n        seekerId\n        outcome\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditPageDocument,
    "\n  query AuditPageStaff($after: String) {\n    staffMembers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditPageStaffDocument,
    "\n  query AuditPageSeekers($after: String) {\n    seekers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditPageSeekersDocument,
    "\n  query CohortsPageCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        hashtag\n        field\n        stage\n        termStart\n        termEnd\n        createdAt\n        members {\n          id\n          name\n        }\n        checkIns {\n          id\n          seekerId\n          week\n          status\n        }\n        activity(first: 1) {\n          at\n          kind\n          detail\n          seekerId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CohortsPageCohortsDocument,
    "\n  query CohortsPageSeekers($after: String) {\n    seekers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CohortsPageSeekersDocument,
    "\n  query CohortsPageEvents {\n    orgEvents {\n      ...EventSummary\n    }\n  }\n": types.CohortsPageEventsDocument,
    "\n  mutation CohortsPageAddEvent($input: AddOrgEventInput!) {\n    addOrgEvent(input: $input) {\n      event {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.CohortsPageAddEventDocument,
    "\n  query CohortsPageChats {\n    hashtagChats {\n      ...ChatSummary\n      archive {\n        occurrence {\n          start\n          localStart\n        }\n        archive {\n          postCount\n          participants {\n            username\n            posts\n            isHost\n          }\n        }\n      }\n    }\n  }\n": types.CohortsPageChatsDocument,
    "\n  mutation CohortsPageAddChat($input: AddHashtagChatInput!) {\n    addHashtagChat(input: $input) {\n      chat {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.CohortsPageAddChatDocument,
    "\n  query Caseload {\n    caseload(first: 2000) {\n      seeker {\n        id\n        name\n        status\n        targetRoles\n        coaches {\n          id\n          name\n        }\n      }\n      companiesTargeted\n      companiesResearched\n      outreachMoves30d\n      checkIns30d\n      eventsJoined\n      openApplications\n      newJobMatches\n      pipelineStage\n      voiceScore\n      voiceTrend {\n        month\n        score\n        posts\n      }\n      lastActivityAt\n      xConnected\n      atRisk {\n        reason\n        detail\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query CaseloadCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        members {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseloadCohortsDocument,
    "\n  mutation CaseloadCreateSeeker($input: CreateSeekerInput!) {\n    createSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.CaseloadCreateSeekerDocument,
    "\n  query OrganizationPageSso($after: String) {\n    ssoConnections(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        protocol\n        enabled\n        requireSsoForStaff\n        samlIdpEntityId\n        samlSsoUrl\n        samlIdpCertificateFingerprints\n        oidcIssuer\n        oidcClientId\n        oidcClientSecretSet\n        jitRoles\n        defaultRole\n        emailAttribute\n        nameAttribute\n        roleAttribute\n        roleMappings {\n          value\n          role\n        }\n        spEntityId\n        acsUrl\n        metadataUrl\n        loginUrl\n        redirectUri\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationPageSsoDocument,
    "\n  query OrganizationPageServiceProvider {\n    ssoServiceProvider {\n      samlMetadataUrl\n      samlEntityId\n      samlAcsUrl\n      oidcRedirectUri\n    }\n  }\n": types.OrganizationPageServiceProviderDocument,
    "\n  mutation OrganizationPageCreateSso($input: CreateSsoConnectionInput!) {\n    createSsoConnection(input: $input) {\n      ssoConnection {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrganizationPageCreateSsoDocument,
    "\n  mutation OrganizationPageUpdateSso($input: UpdateSsoConnectionInput!) {\n    updateSsoConnection(input: $input) {\n      ssoConnection {\n        id\n        enabled\n        requireSsoForStaff\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrganizationPageUpdateSsoDocument,
    "\n  mutation OrganizationPageDeleteSso($input: DeleteSsoConnectionInput!) {\n    deleteSsoConnection(input: $input) {\n      deletedSsoConnectionId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrganizationPageDeleteSsoDocument,
    "\n  query OrganizationPageScimTokens($after: String) {\n    scimTokens(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationPageScimTokensDocument,
    "\n  mutation OrganizationPageCreateScimToken($input: CreateScimTokenInput!) {\n    createScimToken(input: $input) {\n      scimToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrganizationPageCreateScimTokenDocument,
    "\n  mutation OrganizationPageRevokeScimToken($input: RevokeScimTokenInput!) {\n    revokeScimToken(input: $input) {\n      scimToken {\n        id\n        revokedAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrganizationPageRevokeScimTokenDocument,
    "\n  mutation OrganizationPageDelete($input: DeleteOrganizationInput!) {\n    deleteOrganization(input: $input) {\n      deleted\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrganizationPageDeleteDocument,
    "\n  query ReportsPageSeats($from: String, $to: String) {\n    seatReport(from: $from, to: $to) {\n      from\n      to\n      seatLimit\n      used\n      free\n      peak\n      seekersServed\n      byCoach {\n        coachId\n        coachName\n        seekers\n        activeNow\n      }\n      utilization {\n        date\n        used\n        peak\n      }\n      csv\n    }\n  }\n": types.ReportsPageSeatsDocument,
    "\n  query ReportsPageOutcomes($from: String, $to: String, $cohortId: ID) {\n    outcomesReport(from: $from, to: $to, cohortId: $cohortId) {\n      from\n      to\n      seekers\n      metrics {\n        capability\n        metric\n        seekers\n        events\n      }\n      csv\n    }\n  }\n": types.ReportsPageOutcomesDocument,
    "\n  query ReportsPageCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReportsPageCohortsDocument,
    "\n  query RosterImportCard($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      status\n      dryRun\n      totalRows\n      doneRows\n      createdCount\n      updatedCount\n      invalidCount\n      seatRefusedCount\n      error\n      rows(first: 200, outcomes: [\"INVALID\", \"DUPLICATE\", \"SEAT_LIMIT\"]) {\n        line\n        externalId\n        outcome\n        reason\n      }\n    }\n  }\n": types.RosterImportCardDocument,
    "\n  query SeatsPageUsage {\n    seatUsage {\n      plan\n      seatLimit\n      used\n      free\n      termStart\n      termEnd\n      unassignedActiveSeekers\n      byCoach {\n        activeSeekers\n        coach {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": types.SeatsPageUsageDocument,
    "\n  query SeatsPageSeekers($after: String, $status: SeekerStatus!) {\n    seekers(first: 100, after: $after, status: $status) {\n      nodes {\n        id\n        name\n        status\n        createdAt\n        activatedAt\n        coaches {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SeatsPageSeekersDocument,
    "\n  mutation SeatsPageActivate($input: ActivateSeekerInput!) {\n    activateSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.SeatsPageActivateDocument,
    "\n  mutation SeatsPageArchive($input: ArchiveSeekerInput!) {\n    archiveSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.SeatsPageArchiveDocument,
    "\n  mutation SeatsPageUpdateLicense($input: UpdateLicenseInput!) {\n    updateLicense(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.SeatsPageUpdateLicenseDocument,
    "\n  query SeekerHeader($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      status\n      careerStage\n      targetRoles\n      locations\n    }\n  }\n": types.SeekerHeaderDocument,
    "\n  query SpendPageMonth($month: String) {\n    xSpend(month: $month) {\n      month\n      budgetUsd\n      spentUsd\n      remainingUsd\n      paused\n      byCapability {\n        capability\n        spentUsd\n        units\n      }\n      bySeeker {\n        seeker {\n          id\n          name\n        }\n        spentUsd\n        units\n      }\n    }\n  }\n": types.SpendPageMonthDocument,
    "\n  query SpendPageHistory($months: Int!) {\n    xSpendHistory(months: $months) {\n      month\n      spentUsd\n    }\n  }\n": types.SpendPageHistoryDocument,
    "\n  mutation SpendPageSetBudget($input: SetXBudgetInput!) {\n    setXBudget(input: $input) {\n      spend {\n        budgetUsd\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.SpendPageSetBudgetDocument,
    "\n  query StaffPageMembers($after: String) {\n    staffMembers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        email\n        role\n        active\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffPageMembersDocument,
    "\n  query StaffPageInvitations($after: String, $pendingOnly: Boolean!) {\n    invitations(first: 100, after: $after, pendingOnly: $pendingOnly) {\n      nodes {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n        pending\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffPageInvitationsDocument,
    "\n  mutation StaffPageInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      invitationToken\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.StaffPageInviteDocument,
    "\n  mutation StaffPageRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.StaffPageRevokeInvitationDocument,
    "\n  mutation StaffPageChangeRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      staffMember {\n        id\n        role\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.StaffPageChangeRoleDocument,
    "\n  mutation StaffPageDeactivate($input: DeactivateStaffMemberInput!) {\n    deactivateStaffMember(input: $input) {\n      staffMember {\n        id\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.StaffPageDeactivateDocument,
    "\n  mutation StaffPageReactivate($input: ReactivateStaffMemberInput!) {\n    reactivateStaffMember(input: $input) {\n      staffMember {\n        id\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.StaffPageReactivateDocument,
    "\n  query WebhooksCardList($after: String) {\n    webhookEndpoints(first: 100, after: $after) {\n      nodes {\n        id\n        url\n        description\n        events\n        enabled\n        disabledReason\n        consecutiveFailures\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhooksCardListDocument,
    "\n  query WebhooksCardDeliveries($id: ID!) {\n    webhookDeliveries(webhookEndpointId: $id, first: 20) {\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastStatus\n        lastError\n        nextAttemptAt\n        createdAt\n      }\n    }\n  }\n": types.WebhooksCardDeliveriesDocument,
    "\n  mutation WebhooksCardCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        id\n        url\n      }\n      secret\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.WebhooksCardCreateDocument,
    "\n  mutation WebhooksCardUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        id\n        enabled\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.WebhooksCardUpdateDocument,
    "\n  mutation WebhooksCardDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedWebhookEndpointId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.WebhooksCardDeleteDocument,
    "\n  mutation WebhooksCardTest($input: SendTestWebhookInput!) {\n    sendTestWebhook(input: $input) {\n      webhookDelivery {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.WebhooksCardTestDocument,
    "\n  mutation WebhooksCardRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      webhookDelivery {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.WebhooksCardRedeliverDocument,
    "\n  query ArchiveImportCardList($id: ID!) {\n    seeker(id: $id) {\n      id\n      xArchiveImports {\n        id\n        status\n        progress\n        posts\n        followers\n        following\n        bytes\n        errorCode\n        errorMessage\n        createdAt\n        finishedAt\n        xUsername\n      }\n    }\n  }\n": types.ArchiveImportCardListDocument,
    "\n  query JobsTabMatches(\n    $seekerId: ID!\n    $first: Int!\n    $includeClosed: Boolean!\n    $includeDismissed: Boolean!\n  ) {\n    jobMatches(\n      seekerId: $seekerId\n      first: $first\n      includeClosed: $includeClosed\n      includeDismissed: $includeDismissed\n    ) {\n      nodes {\n        id\n        score\n        dismissedAt\n        reasons\n        source\n        createdAt\n        posting {\n          id\n          title\n          company\n          location\n          workplace\n          employmentType\n          seniority\n          applyUrl\n          applyLink {\n            state\n            httpStatus\n            checkedAt\n          }\n          salary {\n            min\n            max\n            currency\n            period\n          }\n          sourcePostUrls\n          recruiters {\n            username\n            kind\n            profileUrl\n            messageIntentUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.JobsTabMatchesDocument,
    "\n  query JobsTabPipeline($seekerId: ID!) {\n    jobApplications(seekerId: $seekerId, first: 100) {\n      nodes {\n        id\n        title\n        company\n        stage\n        nextStages\n        savedAt\n        updatedAt\n        notes\n        posting {\n          id\n          applyUrl\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    jobFunnel(seekerId: $seekerId) {\n      saved\n      applied\n      interviewing\n      offer\n      accepted\n      rejected\n      withdrawn\n    }\n  }\n": types.JobsTabPipelineDocument,
    "\n  mutation JobsTabSave($input: SaveJobInput!) {\n    saveJob(input: $input) {\n      application {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.JobsTabSaveDocument,
    "\n  mutation JobsTabDismiss($input: DismissJobMatchInput!) {\n    dismissJobMatch(input: $input) {\n      match {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.JobsTabDismissDocument,
    "\n  mutation JobsTabMove($input: MoveJobApplicationInput!) {\n    moveJobApplication(input: $input) {\n      application {\n        id\n        stage\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.JobsTabMoveDocument,
    "\n  fragment MentorshipTabDraft on OutreachDraft {\n    id\n    channel\n    text\n    status\n    createdAt\n    intentUrl\n    sentAt\n    reviewComment\n    reviewedAt\n    check {\n      ok\n      score\n      length\n      asks\n      minutesAsked\n      findings {\n        code\n        message\n        severity\n      }\n    }\n  }\n": types.MentorshipTabDraftFragmentDoc,
    "\n  fragment MentorshipTabInterview on InformationalInterview {\n    id\n    startsAt\n    endsAt\n    localStart\n    timeZone\n    mode\n    place\n    meetingUrl\n    status\n    notes\n    ics\n    agenda {\n      question\n      postId\n    }\n  }\n": types.MentorshipTabInterviewFragmentDoc,
    "\n  fragment MentorshipTabContact on MentorContact {\n    id\n    name\n    username\n    profileUrl\n    contactType\n    stage\n    stageChangedAt\n    allowedMoves\n    awaitingReply\n    blocked\n    reasons\n    firstContactAt\n    followUpDueAt\n    drafts {\n      ...MentorshipTabDraft\n    }\n    interviews {\n      ...MentorshipTabInterview\n    }\n    events {\n      at\n      fromStage\n      toStage\n      note\n    }\n  }\n": types.MentorshipTabContactFragmentDoc,
    "\n  query MentorshipTabPipeline($id: ID!) {\n    mentorContacts(seekerId: $id) {\n      ...MentorshipTabContact\n    }\n    mentorFollowUps(seekerId: $id) {\n      id\n    }\n    outreachPolicy {\n      firstContactsPerWeek\n      followUpAfterDays\n      requireFirstContactApproval\n    }\n  }\n": types.MentorshipTabPipelineDocument,
    "\n  query MentorshipTabSuggestions($id: ID!, $reach: MentorReach!, $field: String) {\n    mentorSuggestions(seekerId: $id, first: 12, reach: $reach, field: $field) {\n      field\n      emptyReason\n      mentors {\n        xAccountId\n        username\n        seniority\n        field\n        distanceKm\n        score\n        reasons\n        profileUrl\n        followIntentUrl\n      }\n    }\n  }\n": types.MentorshipTabSuggestionsDocument,
    "\n  query MentorshipTabTemplates($type: ContactType!) {\n    outreachTemplates(contactType: $type) {\n      name\n      channel\n      text\n    }\n  }\n": types.MentorshipTabTemplatesDocument,
    "\n  query MentorshipTabCheck($input: CheckOutreachDraftInput!) {\n    checkOutreachDraft(input: $input) {\n      ok\n      score\n      length\n      asks\n      minutesAsked\n      referencedPostId\n      findings {\n        code\n        message\n        severity\n      }\n    }\n  }\n": types.MentorshipTabCheckDocument,
    "\n  mutation MentorshipTabAddContact($input: AddMentorContactInput!) {\n    addMentorContact(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabAddContactDocument,
    "\n  mutation MentorshipTabMove($input: MoveMentorContactInput!) {\n    moveMentorContact(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabMoveDocument,
    "\n  mutation MentorshipTabReply($input: RecordMentorReplyInput!) {\n    recordMentorReply(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabReplyDocument,
    "\n  mutation MentorshipTabBlock($input: SetMentorContactBlockedInput!) {\n    setMentorContactBlocked(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabBlockDocument,
    "\n  mutation MentorshipTabCreateDraft($input: CreateOutreachDraftInput!) {\n    createOutreachDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabCreateDraftDocument,
    "\n  mutation MentorshipTabReviewDraft($input: ReviewOutreachDraftInput!) {\n    reviewOutreachDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabReviewDraftDocument,
    "\n  mutation MentorshipTabMarkSent($input: MarkOutreachDraftSentInput!) {\n    markOutreachDraftSent(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabMarkSentDocument,
    "\n  mutation MentorshipTabSchedule($input: ScheduleInformationalInterviewInput!) {\n    scheduleInformationalInterview(input: $input) {\n      interview {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabScheduleDocument,
    "\n  mutation MentorshipTabUpdateInterview($input: UpdateInformationalInterviewInput!) {\n    updateInformationalInterview(input: $input) {\n      interview {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabUpdateInterviewDocument,
    "\n  mutation MentorshipTabDiscovery($input: StartMentorDiscoveryInput!) {\n    startMentorDiscovery(input: $input) {\n      field\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.MentorshipTabDiscoveryDocument,
    "\n  query OrgsTabData($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n      xHandle\n    }\n    organizationSuggestions(seekerId: $seekerId) {\n      organization {\n        id\n      }\n      reasons\n    }\n    organizations {\n      id\n      name\n      field\n      site\n      usernames\n    }\n    orgEvents {\n      ...EventSummary\n    }\n    hashtagChats {\n      ...ChatSummary\n      participation(seekerId: $seekerId, last: 4) {\n        occurrence {\n          start\n        }\n        tookPart\n        posts\n      }\n    }\n    reminders(seekerId: $seekerId, days: 90) {\n      chatId\n      eventId\n      start\n      remindAt\n    }\n  }\n": types.OrgsTabDataDocument,
    "\n  query OrgsTabTalk($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        talkingAbout {\n          terms {\n            term\n            count\n          }\n          recentPosts {\n            xId\n            text\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.OrgsTabTalkDocument,
    "\n  query OrgsTabTasks($seekerId: ID!) {\n    seekerTasks(seekerId: $seekerId, includeDone: true) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n      profileUrl\n      xUsername\n    }\n  }\n": types.OrgsTabTasksDocument,
    "\n  mutation OrgsTabJoin($input: JoinOrgActivityInput!) {\n    joinOrgActivity(input: $input) {\n      reminders {\n        start\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrgsTabJoinDocument,
    "\n  mutation OrgsTabFollowUps($input: CreateEventFollowUpsInput!) {\n    createEventFollowUps(input: $input) {\n      created\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrgsTabFollowUpsDocument,
    "\n  mutation OrgsTabCompleteTask($input: CompleteSeekerTaskInput!) {\n    completeSeekerTask(input: $input) {\n      task {\n        id\n        doneAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.OrgsTabCompleteTaskDocument,
    "\n  query PeersTabMembership($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n    }\n    cohorts(first: 100, seekerId: $seekerId) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PeersTabMembershipDocument,
    "\n  query PeersTabAllCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeersTabAllCohortsDocument,
    "\n  query PeersTabCohorts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Cohort {\n        id\n        name\n        field\n        stage\n        hashtag\n        termStart\n        termEnd\n        members {\n          id\n          name\n        }\n        peers {\n          seekerId\n          name\n          city\n          stage\n          xHandle\n        }\n        checkIns {\n          id\n          seekerId\n          week\n          goal\n          status\n          note\n          createdAt\n        }\n        links {\n          url\n          canonicalUrl\n          title\n          shares\n          sharerIds\n          lastAt\n        }\n        xList {\n          name\n          usernames\n        }\n      }\n    }\n  }\n": types.PeersTabCohortsDocument,
    "\n  mutation PeersTabCheckIn($input: AddCohortCheckInInput!) {\n    addCohortCheckIn(input: $input) {\n      checkIn {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.PeersTabCheckInDocument,
    "\n  mutation PeersTabShareLink($input: ShareCohortLinkInput!) {\n    shareCohortLink(input: $input) {\n      link {\n        url\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.PeersTabShareLinkDocument,
    "\n  query ProfileTabSeeker($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      email\n      headline\n      careerStage\n      targetRoles\n      industries\n      locations\n      status\n      createdAt\n      activatedAt\n      archivedAt\n      xHandle\n      coaches {\n        id\n        name\n        email\n      }\n      xConnection {\n        username\n        xUserId\n        scopes\n        connectedAt\n      }\n      consents {\n        id\n        kind\n        active\n        grantedAt\n        revokedAt\n        source\n        revokeSource\n        scope\n      }\n    }\n  }\n": types.ProfileTabSeekerDocument,
    "\n  mutation ProfileTabInviteSeeker($input: InviteSeekerInput!) {\n    inviteSeeker(input: $input) {\n      invitationToken\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabInviteSeekerDocument,
    "\n  query ProfileTabCoachCandidates($after: String) {\n    staffMembers(first: 100, after: $after, roles: [OWNER, ADMIN, COACH]) {\n      nodes {\n        id\n        name\n        role\n        active\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProfileTabCoachCandidatesDocument,
    "\n  mutation ProfileTabAssignCoach($input: AssignCoachInput!) {\n    assignCoach(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabAssignCoachDocument,
    "\n  mutation ProfileTabUnassignCoach($input: UnassignCoachInput!) {\n    unassignCoach(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabUnassignCoachDocument,
    "\n  mutation ProfileTabEraseSeeker($input: EraseSeekerInput!) {\n    eraseSeeker(input: $input) {\n      erasedSeekerId\n      deleted {\n        table\n        rows\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabEraseSeekerDocument,
    "\n  query ProfileTabNotes($id: ID!, $after: String) {\n    seeker(id: $id) {\n      id\n      notes(first: 100, after: $after) {\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProfileTabNotesDocument,
    "\n  mutation ProfileTabUpdateSeeker($input: UpdateSeekerInput!) {\n    updateSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabUpdateSeekerDocument,
    "\n  mutation ProfileTabRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      consent {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabRecordConsentDocument,
    "\n  mutation ProfileTabRevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      consent {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabRevokeConsentDocument,
    "\n  mutation ProfileTabAddNote($input: AddCoachNoteInput!) {\n    addCoachNote(input: $input) {\n      note {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabAddNoteDocument,
    "\n  mutation ProfileTabConnectLink($input: CreateXConnectLinkInput!) {\n    createXConnectLink(input: $input) {\n      url\n      expiresAt\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabConnectLinkDocument,
    "\n  mutation ProfileTabDisconnectX($input: DisconnectXInput!) {\n    disconnectX(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabDisconnectXDocument,
    "\n  mutation ProfileTabLinkHandle($input: LinkXHandleInput!) {\n    linkXHandle(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ProfileTabLinkHandleDocument,
    "\n  fragment ResearchTabPost on DossierPost {\n    xId\n    url\n    author\n    text\n    createdAt\n  }\n": types.ResearchTabPostFragmentDoc,
    "\n  query ResearchTabTargets($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      targets {\n        id\n        priority\n        status\n        createdAt\n        company {\n          id\n          name\n          brandUsername\n          domain\n          dossier {\n            posts\n            emptyReason\n          }\n        }\n      }\n    }\n  }\n": types.ResearchTabTargetsDocument,
    "\n  query ResearchTabCompanies($after: String) {\n    companies(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        brandUsername\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ResearchTabCompaniesDocument,
    "\n  query ResearchTabDossier($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      brandUsername\n      accounts {\n        xId\n        username\n        name\n        url\n        kind\n        status\n        evidence {\n          kind\n          detail\n        }\n      }\n      dossier {\n        posts\n        brandPosts\n        employeePosts\n        emptyReason\n        computedAt\n        windowFrom\n        windowTo\n        cadence {\n          activeEmployees\n          brandPostsPerWeek\n          employeePostsPerWeek\n          lastPostAt\n        }\n        values {\n          label\n          count\n          share\n          posts {\n            ...ResearchTabPost\n          }\n        }\n        themes {\n          term\n          label\n          count\n          posts {\n            ...ResearchTabPost\n          }\n        }\n        tone {\n          brand {\n            formality\n            sentiment\n            posts\n          }\n          employees {\n            formality\n            sentiment\n            posts\n          }\n        }\n        voices {\n          brand\n          employees\n        }\n        hiring {\n          posts\n          roles {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          teams {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          locations {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          workplace {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n        }\n        changes {\n          rising {\n            label\n            count\n            previous\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          falling {\n            label\n            count\n            previous\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          newThemes {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ResearchTabDossierDocument,
    "\n  query ResearchTabBrief($companyId: ID!, $seekerId: ID!) {\n    interviewBrief(companyId: $companyId, seekerId: $seekerId) {\n      company\n      generatedAt\n      markdown\n      talkingPoints {\n        point\n        posts {\n          ...ResearchTabPost\n        }\n      }\n      people {\n        name\n        username\n        url\n        bio\n        recentPosts\n      }\n      readFirst {\n        ...ResearchTabPost\n      }\n    }\n  }\n": types.ResearchTabBriefDocument,
    "\n  mutation ResearchTabSetTarget($input: SetSeekerTargetInput!) {\n    setSeekerTarget(input: $input) {\n      target {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ResearchTabSetTargetDocument,
    "\n  mutation ResearchTabRemoveTarget($input: RemoveSeekerTargetInput!) {\n    removeSeekerTarget(input: $input) {\n      removedTargetId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ResearchTabRemoveTargetDocument,
    "\n  mutation ResearchTabDiscover($input: DiscoverCompanyAccountsInput!) {\n    discoverCompanyAccounts(input: $input) {\n      accounts {\n        xId\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ResearchTabDiscoverDocument,
    "\n  mutation ResearchTabReviewAccount($input: ReviewCompanyAccountInput!) {\n    reviewCompanyAccount(input: $input) {\n      account {\n        xId\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ResearchTabReviewAccountDocument,
    "\n  mutation ResearchTabAddCompany($input: AddCompanyInput!) {\n    addCompany(input: $input) {\n      company {\n        id\n        name\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.ResearchTabAddCompanyDocument,
    "\n  query TrendsTabBriefing($id: ID!, $day: String) {\n    dailyBriefing(seekerId: $id, day: $day) {\n      day\n      emptyReason\n      topics\n      items {\n        term\n        count\n        baseline\n        score\n        emerging\n        related\n        links {\n          url\n          count\n        }\n        posts {\n          xId\n          author\n          text\n          url\n          createdAt\n        }\n        topic {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TrendsTabBriefingDocument,
    "\n  query TrendsTabTopics($id: ID!, $day: String) {\n    topics(seekerId: $id) {\n      id\n      name\n      kind\n      value\n      seeker {\n        id\n      }\n      cohort {\n        id\n        name\n      }\n      bursts(day: $day, days: 14) {\n        day\n        term\n        count\n      }\n    }\n  }\n": types.TrendsTabTopicsDocument,
    "\n  query TrendsTabPruning($id: ID!) {\n    feedPruning(seekerId: $id) {\n      source\n      following\n      analyzed\n      suggestions {\n        account {\n          xId\n          username\n          name\n        }\n        suggestion\n        reason\n        link\n        lastActivity\n        postsPerWeek\n        relevance\n        repostShare\n        duplicateShare\n      }\n      toFollow {\n        account {\n          xId\n          username\n          name\n        }\n        reason\n        link\n      }\n    }\n  }\n": types.TrendsTabPruningDocument,
    "\n  mutation TrendsTabAddTopic($input: AddTopicInput!) {\n    addTopic(input: $input) {\n      topic {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.TrendsTabAddTopicDocument,
    "\n  mutation TrendsTabRemoveTopic($input: RemoveTopicInput!) {\n    removeTopic(input: $input) {\n      removedTopicId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.TrendsTabRemoveTopicDocument,
    "\n  query VoiceTabProfile($seekerId: ID!) {\n    voiceProfile(seekerId: $seekerId) {\n      consistency\n      onPillarShare\n      posts\n      readabilityGrade\n      tone {\n        formality\n        sentiment\n      }\n      cadence {\n        postsPerWeek\n        activeWeeks\n        longestGapDays\n      }\n      pillarShare {\n        pillar\n        posts\n        share\n      }\n      months {\n        month\n        consistency\n        posts\n        onPillarShare\n        readabilityGrade\n        themes {\n          term\n        }\n      }\n      themes {\n        term\n        count\n      }\n    }\n    voicePillars(seekerId: $seekerId) {\n      name\n      terms\n    }\n  }\n": types.VoiceTabProfileDocument,
    "\n  query VoiceTabDrafts($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n    }\n    voiceDrafts(seekerId: $seekerId, first: 50) {\n      nodes {\n        id\n        text\n        status\n        createdAt\n        approvedAt\n        scheduledFor\n        postedAt\n        postUrl\n        failureMessage\n        seekerOkAt\n        check {\n          ok\n          length\n          pillar\n          findings {\n            code\n            message\n            severity\n          }\n        }\n        comments {\n          body\n          createdAt\n          authorName\n          authorRole\n        }\n      }\n    }\n    postingSlots(seekerId: $seekerId) {\n      timeZone\n      times\n      weekdays\n    }\n  }\n": types.VoiceTabDraftsDocument,
    "\n  query VoiceTabAudit($seekerId: ID!) {\n    voiceAudit(seekerId: $seekerId) {\n      postId\n      reason\n      severity\n      detail\n      text\n      postedAt\n      decision\n      decisionStatus\n      decisionError\n    }\n  }\n": types.VoiceTabAuditDocument,
    "\n  query VoiceTabLinks($seekerId: ID!) {\n    voiceLinks(seekerId: $seekerId) {\n      url\n      state\n      httpStatus\n      reason\n      finalUrl\n      checkedAt\n    }\n  }\n": types.VoiceTabLinksDocument,
    "\n  mutation VoiceTabDecide($input: DecideAuditFindingInput!) {\n    decideAuditFinding(input: $input) {\n      status\n      error\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabDecideDocument,
    "\n  mutation VoiceTabReview($input: ReviewVoiceDraftInput!) {\n    reviewVoiceDraft(input: $input) {\n      draft {\n        id\n        status\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabReviewDocument,
    "\n  mutation VoiceTabComment($input: CommentVoiceDraftInput!) {\n    commentVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabCommentDocument,
    "\n  mutation VoiceTabCreate($input: CreateVoiceDraftInput!) {\n    createVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabCreateDocument,
    "\n  mutation VoiceTabEdit($input: EditVoiceDraftInput!) {\n    editVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabEditDocument,
    "\n  mutation VoiceTabSubmit($input: SubmitVoiceDraftInput!) {\n    submitVoiceDraft(input: $input) {\n      draft {\n        id\n        status\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabSubmitDocument,
    "\n  mutation VoiceTabSchedule($input: ScheduleVoiceDraftInput!) {\n    scheduleVoiceDraft(input: $input) {\n      draft {\n        id\n        scheduledFor\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabScheduleDocument,
    "\n  mutation VoiceTabCancel($input: CancelVoiceDraftInput!) {\n    cancelVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabCancelDocument,
    "\n  mutation VoiceTabSlots($input: SetPostingSlotsInput!) {\n    setPostingSlots(input: $input) {\n      slots {\n        timeZone\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.VoiceTabSlotsDocument,
    "\n  query CohortSuggestions {\n    cohortSuggestions {\n      suggestedName\n      suggestedHashtag\n      field\n      stage\n      place\n      reasons\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.CohortSuggestionsDocument,
    "\n  mutation CohortCreate($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.CohortCreateDocument,
    "\n  mutation CohortAddMember($input: AddCohortMemberInput!) {\n    addCohortMember(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.CohortAddMemberDocument,
    "\n  mutation CohortRemoveMember($input: RemoveCohortMemberInput!) {\n    removeCohortMember(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.CohortRemoveMemberDocument,
    "\n  fragment EventSummary on OrgEvent {\n    id\n    name\n    kind\n    startsAt\n    endsAt\n    localStart\n    timeZone\n    online\n    place\n    url\n    hashtags\n    speakers\n    organization {\n      id\n      name\n    }\n  }\n": types.EventSummaryFragmentDoc,
    "\n  fragment ChatSummary on HashtagChat {\n    id\n    name\n    hashtag\n    schedule\n    hostUsername\n    durationMinutes\n    timeZone\n    upcoming(first: 1) {\n      start\n      localStart\n    }\n  }\n": types.ChatSummaryFragmentDoc,
    "\n  query EventHighlights($id: ID!) {\n    node(id: $id) {\n      ... on OrgEvent {\n        id\n        highlights {\n          postCount\n          participants {\n            username\n            posts\n            replies\n            isSpeaker\n            isHost\n          }\n          links {\n            url\n            shares\n            sharers\n          }\n          topPosts {\n            xId\n            score\n            post {\n              xId\n              text\n              url\n              username\n            }\n          }\n        }\n        attendees {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EventHighlightsDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      seekerId\n      member {\n        id\n        name\n        email\n      }\n      organizations {\n        slug\n        name\n        role\n      }\n    }\n    tenant {\n      id\n      name\n      slug\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysPageList($after: String) {\n    apiKeys(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        scopes\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysPageListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysPageCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      token\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysPageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysPageRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysPageRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($seekerId: ID, $after: String) {\n    auditEvents(seekerId: $seekerId, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        actorRole\n        via\n        action\n        kind\n        seekerId\n        outcome\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPageStaff($after: String) {\n    staffMembers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditPageStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPageSeekers($after: String) {\n    seekers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditPageSeekersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortsPageCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        hashtag\n        field\n        stage\n        termStart\n        termEnd\n        createdAt\n        members {\n          id\n          name\n        }\n        checkIns {\n          id\n          seekerId\n          week\n          status\n        }\n        activity(first: 1) {\n          at\n          kind\n          detail\n          seekerId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsPageCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortsPageSeekers($after: String) {\n    seekers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsPageSeekersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortsPageEvents {\n    orgEvents {\n      ...EventSummary\n    }\n  }\n"): typeof import('./graphql').CohortsPageEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CohortsPageAddEvent($input: AddOrgEventInput!) {\n    addOrgEvent(input: $input) {\n      event {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsPageAddEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortsPageChats {\n    hashtagChats {\n      ...ChatSummary\n      archive {\n        occurrence {\n          start\n          localStart\n        }\n        archive {\n          postCount\n          participants {\n            username\n            posts\n            isHost\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsPageChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CohortsPageAddChat($input: AddHashtagChatInput!) {\n    addHashtagChat(input: $input) {\n      chat {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsPageAddChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload {\n    caseload(first: 2000) {\n      seeker {\n        id\n        name\n        status\n        targetRoles\n        coaches {\n          id\n          name\n        }\n      }\n      companiesTargeted\n      companiesResearched\n      outreachMoves30d\n      checkIns30d\n      eventsJoined\n      openApplications\n      newJobMatches\n      pipelineStage\n      voiceScore\n      voiceTrend {\n        month\n        score\n        posts\n      }\n      lastActivityAt\n      xConnected\n      atRisk {\n        reason\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        members {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseloadCreateSeeker($input: CreateSeekerInput!) {\n    createSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadCreateSeekerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPageSso($after: String) {\n    ssoConnections(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        protocol\n        enabled\n        requireSsoForStaff\n        samlIdpEntityId\n        samlSsoUrl\n        samlIdpCertificateFingerprints\n        oidcIssuer\n        oidcClientId\n        oidcClientSecretSet\n        jitRoles\n        defaultRole\n        emailAttribute\n        nameAttribute\n        roleAttribute\n        roleMappings {\n          value\n          role\n        }\n        spEntityId\n        acsUrl\n        metadataUrl\n        loginUrl\n        redirectUri\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPageServiceProvider {\n    ssoServiceProvider {\n      samlMetadataUrl\n      samlEntityId\n      samlAcsUrl\n      oidcRedirectUri\n    }\n  }\n"): typeof import('./graphql').OrganizationPageServiceProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationPageCreateSso($input: CreateSsoConnectionInput!) {\n    createSsoConnection(input: $input) {\n      ssoConnection {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageCreateSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationPageUpdateSso($input: UpdateSsoConnectionInput!) {\n    updateSsoConnection(input: $input) {\n      ssoConnection {\n        id\n        enabled\n        requireSsoForStaff\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageUpdateSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationPageDeleteSso($input: DeleteSsoConnectionInput!) {\n    deleteSsoConnection(input: $input) {\n      deletedSsoConnectionId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageDeleteSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPageScimTokens($after: String) {\n    scimTokens(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageScimTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationPageCreateScimToken($input: CreateScimTokenInput!) {\n    createScimToken(input: $input) {\n      scimToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageCreateScimTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationPageRevokeScimToken($input: RevokeScimTokenInput!) {\n    revokeScimToken(input: $input) {\n      scimToken {\n        id\n        revokedAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageRevokeScimTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationPageDelete($input: DeleteOrganizationInput!) {\n    deleteOrganization(input: $input) {\n      deleted\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPageSeats($from: String, $to: String) {\n    seatReport(from: $from, to: $to) {\n      from\n      to\n      seatLimit\n      used\n      free\n      peak\n      seekersServed\n      byCoach {\n        coachId\n        coachName\n        seekers\n        activeNow\n      }\n      utilization {\n        date\n        used\n        peak\n      }\n      csv\n    }\n  }\n"): typeof import('./graphql').ReportsPageSeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPageOutcomes($from: String, $to: String, $cohortId: ID) {\n    outcomesReport(from: $from, to: $to, cohortId: $cohortId) {\n      from\n      to\n      seekers\n      metrics {\n        capability\n        metric\n        seekers\n        events\n      }\n      csv\n    }\n  }\n"): typeof import('./graphql').ReportsPageOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPageCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsPageCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImportCard($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      status\n      dryRun\n      totalRows\n      doneRows\n      createdCount\n      updatedCount\n      invalidCount\n      seatRefusedCount\n      error\n      rows(first: 200, outcomes: [\"INVALID\", \"DUPLICATE\", \"SEAT_LIMIT\"]) {\n        line\n        externalId\n        outcome\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').RosterImportCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeatsPageUsage {\n    seatUsage {\n      plan\n      seatLimit\n      used\n      free\n      termStart\n      termEnd\n      unassignedActiveSeekers\n      byCoach {\n        activeSeekers\n        coach {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeatsPageUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeatsPageSeekers($after: String, $status: SeekerStatus!) {\n    seekers(first: 100, after: $after, status: $status) {\n      nodes {\n        id\n        name\n        status\n        createdAt\n        activatedAt\n        coaches {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SeatsPageSeekersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeatsPageActivate($input: ActivateSeekerInput!) {\n    activateSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SeatsPageActivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeatsPageArchive($input: ArchiveSeekerInput!) {\n    archiveSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SeatsPageArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeatsPageUpdateLicense($input: UpdateLicenseInput!) {\n    updateLicense(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SeatsPageUpdateLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerHeader($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      status\n      careerStage\n      targetRoles\n      locations\n    }\n  }\n"): typeof import('./graphql').SeekerHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpendPageMonth($month: String) {\n    xSpend(month: $month) {\n      month\n      budgetUsd\n      spentUsd\n      remainingUsd\n      paused\n      byCapability {\n        capability\n        spentUsd\n        units\n      }\n      bySeeker {\n        seeker {\n          id\n          name\n        }\n        spentUsd\n        units\n      }\n    }\n  }\n"): typeof import('./graphql').SpendPageMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpendPageHistory($months: Int!) {\n    xSpendHistory(months: $months) {\n      month\n      spentUsd\n    }\n  }\n"): typeof import('./graphql').SpendPageHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpendPageSetBudget($input: SetXBudgetInput!) {\n    setXBudget(input: $input) {\n      spend {\n        budgetUsd\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SpendPageSetBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPageMembers($after: String) {\n    staffMembers(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        email\n        role\n        active\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPageMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPageInvitations($after: String, $pendingOnly: Boolean!) {\n    invitations(first: 100, after: $after, pendingOnly: $pendingOnly) {\n      nodes {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n        pending\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPageInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPageInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      invitationToken\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPageInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPageRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPageRevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPageChangeRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      staffMember {\n        id\n        role\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPageChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPageDeactivate($input: DeactivateStaffMemberInput!) {\n    deactivateStaffMember(input: $input) {\n      staffMember {\n        id\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPageDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPageReactivate($input: ReactivateStaffMemberInput!) {\n    reactivateStaffMember(input: $input) {\n      staffMember {\n        id\n        active\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPageReactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksCardList($after: String) {\n    webhookEndpoints(first: 100, after: $after) {\n      nodes {\n        id\n        url\n        description\n        events\n        enabled\n        disabledReason\n        consecutiveFailures\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCardListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksCardDeliveries($id: ID!) {\n    webhookDeliveries(webhookEndpointId: $id, first: 20) {\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastStatus\n        lastError\n        nextAttemptAt\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCardDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCardCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        id\n        url\n      }\n      secret\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCardCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCardUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        id\n        enabled\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCardUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCardDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedWebhookEndpointId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCardDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCardTest($input: SendTestWebhookInput!) {\n    sendTestWebhook(input: $input) {\n      webhookDelivery {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCardTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCardRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      webhookDelivery {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCardRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveImportCardList($id: ID!) {\n    seeker(id: $id) {\n      id\n      xArchiveImports {\n        id\n        status\n        progress\n        posts\n        followers\n        following\n        bytes\n        errorCode\n        errorMessage\n        createdAt\n        finishedAt\n        xUsername\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveImportCardListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsTabMatches(\n    $seekerId: ID!\n    $first: Int!\n    $includeClosed: Boolean!\n    $includeDismissed: Boolean!\n  ) {\n    jobMatches(\n      seekerId: $seekerId\n      first: $first\n      includeClosed: $includeClosed\n      includeDismissed: $includeDismissed\n    ) {\n      nodes {\n        id\n        score\n        dismissedAt\n        reasons\n        source\n        createdAt\n        posting {\n          id\n          title\n          company\n          location\n          workplace\n          employmentType\n          seniority\n          applyUrl\n          applyLink {\n            state\n            httpStatus\n            checkedAt\n          }\n          salary {\n            min\n            max\n            currency\n            period\n          }\n          sourcePostUrls\n          recruiters {\n            username\n            kind\n            profileUrl\n            messageIntentUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').JobsTabMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsTabPipeline($seekerId: ID!) {\n    jobApplications(seekerId: $seekerId, first: 100) {\n      nodes {\n        id\n        title\n        company\n        stage\n        nextStages\n        savedAt\n        updatedAt\n        notes\n        posting {\n          id\n          applyUrl\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    jobFunnel(seekerId: $seekerId) {\n      saved\n      applied\n      interviewing\n      offer\n      accepted\n      rejected\n      withdrawn\n    }\n  }\n"): typeof import('./graphql').JobsTabPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsTabSave($input: SaveJobInput!) {\n    saveJob(input: $input) {\n      application {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').JobsTabSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsTabDismiss($input: DismissJobMatchInput!) {\n    dismissJobMatch(input: $input) {\n      match {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').JobsTabDismissDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsTabMove($input: MoveJobApplicationInput!) {\n    moveJobApplication(input: $input) {\n      application {\n        id\n        stage\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').JobsTabMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipTabDraft on OutreachDraft {\n    id\n    channel\n    text\n    status\n    createdAt\n    intentUrl\n    sentAt\n    reviewComment\n    reviewedAt\n    check {\n      ok\n      score\n      length\n      asks\n      minutesAsked\n      findings {\n        code\n        message\n        severity\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabDraftFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipTabInterview on InformationalInterview {\n    id\n    startsAt\n    endsAt\n    localStart\n    timeZone\n    mode\n    place\n    meetingUrl\n    status\n    notes\n    ics\n    agenda {\n      question\n      postId\n    }\n  }\n"): typeof import('./graphql').MentorshipTabInterviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipTabContact on MentorContact {\n    id\n    name\n    username\n    profileUrl\n    contactType\n    stage\n    stageChangedAt\n    allowedMoves\n    awaitingReply\n    blocked\n    reasons\n    firstContactAt\n    followUpDueAt\n    drafts {\n      ...MentorshipTabDraft\n    }\n    interviews {\n      ...MentorshipTabInterview\n    }\n    events {\n      at\n      fromStage\n      toStage\n      note\n    }\n  }\n"): typeof import('./graphql').MentorshipTabContactFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipTabPipeline($id: ID!) {\n    mentorContacts(seekerId: $id) {\n      ...MentorshipTabContact\n    }\n    mentorFollowUps(seekerId: $id) {\n      id\n    }\n    outreachPolicy {\n      firstContactsPerWeek\n      followUpAfterDays\n      requireFirstContactApproval\n    }\n  }\n"): typeof import('./graphql').MentorshipTabPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipTabSuggestions($id: ID!, $reach: MentorReach!, $field: String) {\n    mentorSuggestions(seekerId: $id, first: 12, reach: $reach, field: $field) {\n      field\n      emptyReason\n      mentors {\n        xAccountId\n        username\n        seniority\n        field\n        distanceKm\n        score\n        reasons\n        profileUrl\n        followIntentUrl\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipTabTemplates($type: ContactType!) {\n    outreachTemplates(contactType: $type) {\n      name\n      channel\n      text\n    }\n  }\n"): typeof import('./graphql').MentorshipTabTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipTabCheck($input: CheckOutreachDraftInput!) {\n    checkOutreachDraft(input: $input) {\n      ok\n      score\n      length\n      asks\n      minutesAsked\n      referencedPostId\n      findings {\n        code\n        message\n        severity\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabAddContact($input: AddMentorContactInput!) {\n    addMentorContact(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabAddContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabMove($input: MoveMentorContactInput!) {\n    moveMentorContact(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabReply($input: RecordMentorReplyInput!) {\n    recordMentorReply(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabBlock($input: SetMentorContactBlockedInput!) {\n    setMentorContactBlocked(input: $input) {\n      contact {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabBlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabCreateDraft($input: CreateOutreachDraftInput!) {\n    createOutreachDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabCreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabReviewDraft($input: ReviewOutreachDraftInput!) {\n    reviewOutreachDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabReviewDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabMarkSent($input: MarkOutreachDraftSentInput!) {\n    markOutreachDraftSent(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabMarkSentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabSchedule($input: ScheduleInformationalInterviewInput!) {\n    scheduleInformationalInterview(input: $input) {\n      interview {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabUpdateInterview($input: UpdateInformationalInterviewInput!) {\n    updateInformationalInterview(input: $input) {\n      interview {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabUpdateInterviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorshipTabDiscovery($input: StartMentorDiscoveryInput!) {\n    startMentorDiscovery(input: $input) {\n      field\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MentorshipTabDiscoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgsTabData($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n      xHandle\n    }\n    organizationSuggestions(seekerId: $seekerId) {\n      organization {\n        id\n      }\n      reasons\n    }\n    organizations {\n      id\n      name\n      field\n      site\n      usernames\n    }\n    orgEvents {\n      ...EventSummary\n    }\n    hashtagChats {\n      ...ChatSummary\n      participation(seekerId: $seekerId, last: 4) {\n        occurrence {\n          start\n        }\n        tookPart\n        posts\n      }\n    }\n    reminders(seekerId: $seekerId, days: 90) {\n      chatId\n      eventId\n      start\n      remindAt\n    }\n  }\n"): typeof import('./graphql').OrgsTabDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgsTabTalk($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        talkingAbout {\n          terms {\n            term\n            count\n          }\n          recentPosts {\n            xId\n            text\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgsTabTalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgsTabTasks($seekerId: ID!) {\n    seekerTasks(seekerId: $seekerId, includeDone: true) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n      profileUrl\n      xUsername\n    }\n  }\n"): typeof import('./graphql').OrgsTabTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgsTabJoin($input: JoinOrgActivityInput!) {\n    joinOrgActivity(input: $input) {\n      reminders {\n        start\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrgsTabJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgsTabFollowUps($input: CreateEventFollowUpsInput!) {\n    createEventFollowUps(input: $input) {\n      created\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrgsTabFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgsTabCompleteTask($input: CompleteSeekerTaskInput!) {\n    completeSeekerTask(input: $input) {\n      task {\n        id\n        doneAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OrgsTabCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeersTabMembership($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n    }\n    cohorts(first: 100, seekerId: $seekerId) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PeersTabMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeersTabAllCohorts($after: String) {\n    cohorts(first: 100, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PeersTabAllCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeersTabCohorts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Cohort {\n        id\n        name\n        field\n        stage\n        hashtag\n        termStart\n        termEnd\n        members {\n          id\n          name\n        }\n        peers {\n          seekerId\n          name\n          city\n          stage\n          xHandle\n        }\n        checkIns {\n          id\n          seekerId\n          week\n          goal\n          status\n          note\n          createdAt\n        }\n        links {\n          url\n          canonicalUrl\n          title\n          shares\n          sharerIds\n          lastAt\n        }\n        xList {\n          name\n          usernames\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeersTabCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeersTabCheckIn($input: AddCohortCheckInInput!) {\n    addCohortCheckIn(input: $input) {\n      checkIn {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').PeersTabCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeersTabShareLink($input: ShareCohortLinkInput!) {\n    shareCohortLink(input: $input) {\n      link {\n        url\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').PeersTabShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileTabSeeker($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      email\n      headline\n      careerStage\n      targetRoles\n      industries\n      locations\n      status\n      createdAt\n      activatedAt\n      archivedAt\n      xHandle\n      coaches {\n        id\n        name\n        email\n      }\n      xConnection {\n        username\n        xUserId\n        scopes\n        connectedAt\n      }\n      consents {\n        id\n        kind\n        active\n        grantedAt\n        revokedAt\n        source\n        revokeSource\n        scope\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabSeekerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabInviteSeeker($input: InviteSeekerInput!) {\n    inviteSeeker(input: $input) {\n      invitationToken\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabInviteSeekerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileTabCoachCandidates($after: String) {\n    staffMembers(first: 100, after: $after, roles: [OWNER, ADMIN, COACH]) {\n      nodes {\n        id\n        name\n        role\n        active\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabCoachCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabAssignCoach($input: AssignCoachInput!) {\n    assignCoach(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabAssignCoachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabUnassignCoach($input: UnassignCoachInput!) {\n    unassignCoach(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabUnassignCoachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabEraseSeeker($input: EraseSeekerInput!) {\n    eraseSeeker(input: $input) {\n      erasedSeekerId\n      deleted {\n        table\n        rows\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabEraseSeekerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileTabNotes($id: ID!, $after: String) {\n    seeker(id: $id) {\n      id\n      notes(first: 100, after: $after) {\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabUpdateSeeker($input: UpdateSeekerInput!) {\n    updateSeeker(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabUpdateSeekerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      consent {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabRecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabRevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      consent {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabRevokeConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabAddNote($input: AddCoachNoteInput!) {\n    addCoachNote(input: $input) {\n      note {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabAddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabConnectLink($input: CreateXConnectLinkInput!) {\n    createXConnectLink(input: $input) {\n      url\n      expiresAt\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabConnectLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabDisconnectX($input: DisconnectXInput!) {\n    disconnectX(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabDisconnectXDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileTabLinkHandle($input: LinkXHandleInput!) {\n    linkXHandle(input: $input) {\n      seeker {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileTabLinkHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResearchTabPost on DossierPost {\n    xId\n    url\n    author\n    text\n    createdAt\n  }\n"): typeof import('./graphql').ResearchTabPostFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTabTargets($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      targets {\n        id\n        priority\n        status\n        createdAt\n        company {\n          id\n          name\n          brandUsername\n          domain\n          dossier {\n            posts\n            emptyReason\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTabCompanies($after: String) {\n    companies(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        brandUsername\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTabDossier($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      brandUsername\n      accounts {\n        xId\n        username\n        name\n        url\n        kind\n        status\n        evidence {\n          kind\n          detail\n        }\n      }\n      dossier {\n        posts\n        brandPosts\n        employeePosts\n        emptyReason\n        computedAt\n        windowFrom\n        windowTo\n        cadence {\n          activeEmployees\n          brandPostsPerWeek\n          employeePostsPerWeek\n          lastPostAt\n        }\n        values {\n          label\n          count\n          share\n          posts {\n            ...ResearchTabPost\n          }\n        }\n        themes {\n          term\n          label\n          count\n          posts {\n            ...ResearchTabPost\n          }\n        }\n        tone {\n          brand {\n            formality\n            sentiment\n            posts\n          }\n          employees {\n            formality\n            sentiment\n            posts\n          }\n        }\n        voices {\n          brand\n          employees\n        }\n        hiring {\n          posts\n          roles {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          teams {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          locations {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          workplace {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n        }\n        changes {\n          rising {\n            label\n            count\n            previous\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          falling {\n            label\n            count\n            previous\n            posts {\n              ...ResearchTabPost\n            }\n          }\n          newThemes {\n            label\n            count\n            posts {\n              ...ResearchTabPost\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTabBrief($companyId: ID!, $seekerId: ID!) {\n    interviewBrief(companyId: $companyId, seekerId: $seekerId) {\n      company\n      generatedAt\n      markdown\n      talkingPoints {\n        point\n        posts {\n          ...ResearchTabPost\n        }\n      }\n      people {\n        name\n        username\n        url\n        bio\n        recentPosts\n      }\n      readFirst {\n        ...ResearchTabPost\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabBriefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchTabSetTarget($input: SetSeekerTargetInput!) {\n    setSeekerTarget(input: $input) {\n      target {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabSetTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchTabRemoveTarget($input: RemoveSeekerTargetInput!) {\n    removeSeekerTarget(input: $input) {\n      removedTargetId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabRemoveTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchTabDiscover($input: DiscoverCompanyAccountsInput!) {\n    discoverCompanyAccounts(input: $input) {\n      accounts {\n        xId\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabDiscoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchTabReviewAccount($input: ReviewCompanyAccountInput!) {\n    reviewCompanyAccount(input: $input) {\n      account {\n        xId\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabReviewAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchTabAddCompany($input: AddCompanyInput!) {\n    addCompany(input: $input) {\n      company {\n        id\n        name\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ResearchTabAddCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsTabBriefing($id: ID!, $day: String) {\n    dailyBriefing(seekerId: $id, day: $day) {\n      day\n      emptyReason\n      topics\n      items {\n        term\n        count\n        baseline\n        score\n        emerging\n        related\n        links {\n          url\n          count\n        }\n        posts {\n          xId\n          author\n          text\n          url\n          createdAt\n        }\n        topic {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrendsTabBriefingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsTabTopics($id: ID!, $day: String) {\n    topics(seekerId: $id) {\n      id\n      name\n      kind\n      value\n      seeker {\n        id\n      }\n      cohort {\n        id\n        name\n      }\n      bursts(day: $day, days: 14) {\n        day\n        term\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').TrendsTabTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsTabPruning($id: ID!) {\n    feedPruning(seekerId: $id) {\n      source\n      following\n      analyzed\n      suggestions {\n        account {\n          xId\n          username\n          name\n        }\n        suggestion\n        reason\n        link\n        lastActivity\n        postsPerWeek\n        relevance\n        repostShare\n        duplicateShare\n      }\n      toFollow {\n        account {\n          xId\n          username\n          name\n        }\n        reason\n        link\n      }\n    }\n  }\n"): typeof import('./graphql').TrendsTabPruningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrendsTabAddTopic($input: AddTopicInput!) {\n    addTopic(input: $input) {\n      topic {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').TrendsTabAddTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrendsTabRemoveTopic($input: RemoveTopicInput!) {\n    removeTopic(input: $input) {\n      removedTopicId\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').TrendsTabRemoveTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoiceTabProfile($seekerId: ID!) {\n    voiceProfile(seekerId: $seekerId) {\n      consistency\n      onPillarShare\n      posts\n      readabilityGrade\n      tone {\n        formality\n        sentiment\n      }\n      cadence {\n        postsPerWeek\n        activeWeeks\n        longestGapDays\n      }\n      pillarShare {\n        pillar\n        posts\n        share\n      }\n      months {\n        month\n        consistency\n        posts\n        onPillarShare\n        readabilityGrade\n        themes {\n          term\n        }\n      }\n      themes {\n        term\n        count\n      }\n    }\n    voicePillars(seekerId: $seekerId) {\n      name\n      terms\n    }\n  }\n"): typeof import('./graphql').VoiceTabProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoiceTabDrafts($seekerId: ID!) {\n    seeker(id: $seekerId) {\n      id\n      name\n    }\n    voiceDrafts(seekerId: $seekerId, first: 50) {\n      nodes {\n        id\n        text\n        status\n        createdAt\n        approvedAt\n        scheduledFor\n        postedAt\n        postUrl\n        failureMessage\n        seekerOkAt\n        check {\n          ok\n          length\n          pillar\n          findings {\n            code\n            message\n            severity\n          }\n        }\n        comments {\n          body\n          createdAt\n          authorName\n          authorRole\n        }\n      }\n    }\n    postingSlots(seekerId: $seekerId) {\n      timeZone\n      times\n      weekdays\n    }\n  }\n"): typeof import('./graphql').VoiceTabDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoiceTabAudit($seekerId: ID!) {\n    voiceAudit(seekerId: $seekerId) {\n      postId\n      reason\n      severity\n      detail\n      text\n      postedAt\n      decision\n      decisionStatus\n      decisionError\n    }\n  }\n"): typeof import('./graphql').VoiceTabAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoiceTabLinks($seekerId: ID!) {\n    voiceLinks(seekerId: $seekerId) {\n      url\n      state\n      httpStatus\n      reason\n      finalUrl\n      checkedAt\n    }\n  }\n"): typeof import('./graphql').VoiceTabLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabDecide($input: DecideAuditFindingInput!) {\n    decideAuditFinding(input: $input) {\n      status\n      error\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabReview($input: ReviewVoiceDraftInput!) {\n    reviewVoiceDraft(input: $input) {\n      draft {\n        id\n        status\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabComment($input: CommentVoiceDraftInput!) {\n    commentVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabCreate($input: CreateVoiceDraftInput!) {\n    createVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabEdit($input: EditVoiceDraftInput!) {\n    editVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabSubmit($input: SubmitVoiceDraftInput!) {\n    submitVoiceDraft(input: $input) {\n      draft {\n        id\n        status\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabSchedule($input: ScheduleVoiceDraftInput!) {\n    scheduleVoiceDraft(input: $input) {\n      draft {\n        id\n        scheduledFor\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabCancel($input: CancelVoiceDraftInput!) {\n    cancelVoiceDraft(input: $input) {\n      draft {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoiceTabSlots($input: SetPostingSlotsInput!) {\n    setPostingSlots(input: $input) {\n      slots {\n        timeZone\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceTabSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortSuggestions {\n    cohortSuggestions {\n      suggestedName\n      suggestedHashtag\n      field\n      stage\n      place\n      reasons\n      members {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CohortCreate($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CohortCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CohortAddMember($input: AddCohortMemberInput!) {\n    addCohortMember(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CohortAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CohortRemoveMember($input: RemoveCohortMemberInput!) {\n    removeCohortMember(input: $input) {\n      cohort {\n        id\n      }\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CohortRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSummary on OrgEvent {\n    id\n    name\n    kind\n    startsAt\n    endsAt\n    localStart\n    timeZone\n    online\n    place\n    url\n    hashtags\n    speakers\n    organization {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').EventSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatSummary on HashtagChat {\n    id\n    name\n    hashtag\n    schedule\n    hostUsername\n    durationMinutes\n    timeZone\n    upcoming(first: 1) {\n      start\n      localStart\n    }\n  }\n"): typeof import('./graphql').ChatSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventHighlights($id: ID!) {\n    node(id: $id) {\n      ... on OrgEvent {\n        id\n        highlights {\n          postCount\n          participants {\n            username\n            posts\n            replies\n            isSpeaker\n            isHost\n          }\n          links {\n            url\n            shares\n            sharers\n          }\n          topPosts {\n            xId\n            score\n            post {\n              xId\n              text\n              url\n              username\n            }\n          }\n        }\n        attendees {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventHighlightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      seekerId\n      member {\n        id\n        name\n        email\n      }\n      organizations {\n        slug\n        name\n        role\n      }\n    }\n    tenant {\n      id\n      name\n      slug\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
