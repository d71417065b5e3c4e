// One resource group per environment: the web app (bot + tab + task pane), the Azure Bot,
// table storage for the bot's own data, Key Vault for the one secret, and monitoring.
targetScope = 'resourceGroup'

@description('test of prod: komt terug in de namen van de resources.')
@allowed(['test', 'prod'])
param environmentName string

@description('Korte naam van de app, alleen kleine letters en cijfers.')
@minLength(3)
@maxLength(12)
param appName string = 'participatie'

param location string = resourceGroup().location

@description('Tenant-id van de gemeente (single-tenant Entra-apps).')
param tenantId string = subscription().tenantId

@description('Client-id van de Entra-app van de bot (app-only Graph en Bot Framework).')
param botClientId string

@description('Client-id van de Entra-app voor aanmelden in de tab en de Word-add-in.')
param tabClientId string

@description('Id van de Teams-app in het app-pakket.')
param teamsAppId string

@description('Id van de Microsoft 365-groep met de MT-leden.')
param mtGroupId string

@description('Id van de SharePoint-site met de lijst Participatietrajecten (<host>,<site-id>,<web-id>); leeg = de bot volgt geen trajecten op.')
param participationSiteId string = ''

param gemeenteNaam string

@description('Id\'s van de werkgroep-groepen, met komma\'s; teams waarin de bot is toegevoegd komen er vanzelf bij.')
param werkgroepIds string = ''

@description('Id van de app in de app-catalogus van de organisatie; leeg = de bot installeert zichzelf niet bij leden.')
param teamsAppCatalogId string = ''

@allowed(['B1', 'P0v3', 'P1v3'])
param appServiceSku string = 'B1'

@allowed(['F0', 'S1'])
param botSku string = 'S1'

var suffix = uniqueString(resourceGroup().id, appName, environmentName)
var baseName = '${appName}-${environmentName}'
var secretName = 'bot-client-secret'
var tabSecretName = 'tab-client-secret'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('st${appName}${environmentName}${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('kv-${baseName}-${suffix}', 24)
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-${baseName}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-${baseName}-${suffix}'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm run serve'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'PUBLIC_BASE_URL', value: 'https://app-${baseName}-${suffix}.azurewebsites.net' }
        { name: 'TENANT_ID', value: tenantId }
        { name: 'CLIENT_ID', value: botClientId }
        { name: 'CLIENT_SECRET', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${secretName})' }
        { name: 'TAB_CLIENT_ID', value: tabClientId }
        { name: 'TAB_CLIENT_SECRET', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${tabSecretName})' }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        { name: 'MT_GROUP_ID', value: mtGroupId }
        { name: 'PARTICIPATION_SITE_ID', value: participationSiteId }
        { name: 'GEMEENTE_NAAM', value: gemeenteNaam }
        { name: 'STORE', value: 'azure-tables' }
        { name: 'AZURE_TABLES_URL', value: storage.properties.primaryEndpoints.table }
        { name: 'PORT', value: '8080' }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'WERKGROEP_IDS', value: werkgroepIds }
        { name: 'TEAMS_APP_CATALOG_ID', value: teamsAppCatalogId }
        { name: 'REMIND_CRON', value: '*/5 * * * *' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
      ]
    }
  }
}

// The web app reads the secret and the tables with its managed identity: no keys in settings.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource secretAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, web.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, web.id, storageTableDataContributor)
  scope: storage
  properties: {
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${baseName}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Werkgroepen ${gemeenteNaam}'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

@description('Zet dit in PUBLIC_BASE_URL voor npm run package -- --tenant.')
output PUBLIC_BASE_URL string = 'https://${web.properties.defaultHostName}'
output BOT_ENDPOINT string = 'https://${web.properties.defaultHostName}/api/messages'
output BOT_ID string = botClientId
output TAB_CLIENT_ID string = tabClientId
output TEAMS_APP_ID string = teamsAppId
output AZURE_TABLES_URL string = storage.properties.primaryEndpoints.table
output KEY_VAULT_NAME string = vault.name
output KEY_VAULT_SECRET_NAME string = secretName
output WEB_APP_NAME string = web.name
